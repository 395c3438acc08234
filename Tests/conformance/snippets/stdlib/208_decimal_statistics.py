from decimal import Decimal as D
import statistics
values = [D('1.25'), D('2.50'), D('3.75'), D('4.00')]
print(sum(values), sum(values) / len(values), max(values), min(values), sorted(values, reverse=True))
print(statistics.mean(values), statistics.median(values))
totals = {}
for name, amount in [('a', '10.10'), ('b', '5.05'), ('a', '0.90'), ('b', '4.95')]:
    totals[name] = totals.get(name, D(0)) + D(amount)
print(totals)
