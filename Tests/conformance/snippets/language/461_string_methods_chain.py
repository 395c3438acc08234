raw = "  Deep Learning, Neural Networks ,  Python  "
parts = [p.strip().lower().replace(" ", "_") for p in raw.split(",")]
print(parts)
print(", ".join(p.title() for p in parts))
print(raw.strip().split(",")[0].upper().center(20, "*"))
