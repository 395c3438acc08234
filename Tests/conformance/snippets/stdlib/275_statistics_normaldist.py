from statistics import NormalDist
d = NormalDist(mu=100, sigma=15)
print(d, d.mean, d.stdev, round(d.cdf(115), 6), round(d.pdf(100), 6), round(d.variance, 2))
e = NormalDist.from_samples([2.5, 3.1, 2.9, 3.6, 3.0])
print(round(e.mean, 4), round(e.stdev, 4))
