import re
log = """2024-01-05 ERROR disk 91%
2024-01-06 INFO ok
2024-02-11 ERROR cpu 99%
"""
pattern = re.compile(r"^(\d{4})-(\d{2})-(\d{2}) (ERROR|INFO) (.*)$", re.M)
for y, m, d, level, msg in pattern.findall(log):
    print(y, int(m), int(d), level, msg)
errors = [m.group(5) for m in pattern.finditer(log) if m.group(4) == "ERROR"]
print(errors, sum(int(p) for p in re.findall(r"(\d+)%", log)))
print(re.sub(r"(\d{4})-(\d{2})-(\d{2})", r"\3/\2/\1", "due 2024-03-09"))
nums = re.findall(r"[-+]?\d*\.\d+|[-+]?\d+", "x=3, y=-2.5, z=.75, w=+10")
print(nums, [float(n) for n in nums])
