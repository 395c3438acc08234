from pathlib import Path
import json
runs = Path('runs')
for i, lr in enumerate([0.1, 0.01, 0.001]):
    d = runs / f'run_{i:02d}'
    d.mkdir(parents=True, exist_ok=True)
    (d / 'config.json').write_text(json.dumps({'lr': lr, 'epochs': 5}))
    (d / 'metrics.txt').write_text(f'{1 - lr * 3:.3f}\n')
results = []
for cfg in sorted(runs.glob('*/config.json')):
    config = json.loads(cfg.read_text())
    acc = float((cfg.parent / 'metrics.txt').read_text())
    results.append((acc, config['lr'], cfg.parent.name))
for acc, lr, name in sorted(results, reverse=True):
    print(name, lr, acc)
best = max(results)
print('best', best[2], Path(best[2]).with_suffix('.ckpt'), [p.name for p in sorted(runs.iterdir())])
