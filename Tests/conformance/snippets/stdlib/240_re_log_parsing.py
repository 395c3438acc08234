import re
log = """2024-05-01 12:00:01 INFO  epoch=1 loss=0.9123 acc=0.61
2024-05-01 12:01:07 WARN  lr reduced to 0.0005
2024-05-01 12:02:13 INFO  epoch=2 loss=0.5550 acc=0.79
2024-05-01 12:03:20 ERROR nan detected at step 431"""
line_re = re.compile(r"(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<msg>.*)")
for m in line_re.finditer(log):
    print(m.group('level'), m['time'], m.groupdict()['msg'][:20])
metrics = [{k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", line)} for line in log.splitlines() if 'epoch=' in line]
print(metrics)
print(re.sub(r"\d{2}:\d{2}:\d{2}", "HH:MM:SS", log.splitlines()[0]), re.split(r"\s+", log.splitlines()[1], maxsplit=3))
print(re.search(r"step (\d+)", log).group(1), bool(re.match(r"\d{4}", log)), re.fullmatch(r"[A-Z]+", "WARN") is not None)
