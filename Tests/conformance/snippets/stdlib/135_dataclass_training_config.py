from dataclasses import dataclass, field, asdict, replace
import json
@dataclass
class TrainConfig:
    epochs: int = 10
    lr: float = 1e-3
    batch_size: int = 32
    layers: list = field(default_factory=lambda: [64, 32])
    name: str = "run"
base = TrainConfig()
fast = replace(base, epochs=2, name="fast")
print(base)
print(fast, fast.layers is base.layers)
print(json.dumps(asdict(fast), sort_keys=True))
configs = [replace(base, lr=lr, name=f"lr{lr}") for lr in (0.1, 0.01)]
print([c.name for c in configs], configs[0] == replace(base, lr=0.1, name="lr0.1"))
