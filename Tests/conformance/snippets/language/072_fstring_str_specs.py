s = "cat"
print(f"[{s:>6}] [{s:<6}] [{s:^7}] [{s:.2}]")
print(f"[{s:_>6}] [{s!r:>8}]")
items = [("loss", 0.2345), ("accuracy", 0.91)]
for k, v in items:
    print(f"{k:>10}: {v:6.3f}")
