extension PythonLibrary {
    /// `import statistics`, in Cellgrad Python (compiled on first import).
    static let statistics = #"""
"""Descriptive statistics: mean, median, mode, variance, stdev, quantiles, correlation,
linear_regression.

Python computes with exact fractions. Here integer data is exact too (sums of ints, one
rounding at the end, as Python's); float data is summed with math.fsum, which is correctly
rounded, so results agree with Python's except, rarely, in the last bit of a float.
"""

import math
from collections import namedtuple

__all__ = ['StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean', 'mean', 'median',
           'median_grouped', 'median_high', 'median_low', 'mode', 'multimode', 'pstdev',
           'pvariance', 'quantiles', 'stdev', 'variance', 'correlation', 'covariance',
           'linear_regression', 'NormalDist']


class StatisticsError(ValueError):
    """Raised by the statistics functions for invalid data, such as the mean of no values."""
    pass


def _all_ints(data):
    return all(type(x) is int or type(x) is bool for x in data)


def _ratio(numerator, denominator):
    """numerator/denominator as Python's statistics returns it for int data: an int when exact."""
    if numerator % denominator == 0:
        return numerator // denominator
    return numerator / denominator


def mean(data):
    """The arithmetic mean of data (sum divided by count), keeping ints, Fractions and Decimals exact."""
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if _all_ints(data):
        return _ratio(sum(data), n)
    return math.fsum(data) / n


def fmean(data, weights=None):
    """The arithmetic mean of data as a float, fast; weights gives a weighted mean."""
    data = list(data)
    if weights is None:
        n = len(data)
        if n == 0:
            raise StatisticsError('fmean requires at least one data point')
        return math.fsum(data) / n
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError('data and weights must be the same length')
    total = math.fsum(weights)
    if not total:
        raise StatisticsError('sum of weights must be non-zero')
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    """The geometric mean of positive data: the n-th root of their product."""
    data = list(data)
    if not data or any(x <= 0 for x in data):
        raise StatisticsError('geometric mean requires a non-empty dataset containing positive numbers')
    return math.exp(fmean([math.log(x) for x in data]))


def harmonic_mean(data, weights=None):
    """The harmonic mean of data: n divided by the sum of reciprocals (weights optional)."""
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if any(x < 0 for x in data):
        raise StatisticsError('harmonic mean does not support negative values')
    if weights is None:
        weights = [1] * n
    else:
        weights = list(weights)
    if any(x == 0 for x in data):
        return 0
    if _all_ints(data) and _all_ints(weights):
        # Exactly, over the least common multiple of the data (ints stay within 64 bits for a
        # lesson's data; past that, floats).
        try:
            common = 1
            for x in data:
                common = common * x // math.gcd(common, x)
            reciprocal_sum = sum(w * (common // x) for w, x in zip(weights, data))
            return sum(weights) * common / reciprocal_sum
        except OverflowError:
            pass
    return math.fsum(weights) / math.fsum(w / x for w, x in zip(weights, data))


def median(data):
    """The middle value of data; the mean of the two middle values for an even count."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """The smaller of the two middle values for an even count; the middle value otherwise."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    """The larger of the two middle values for an even count; the middle value otherwise."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1):
    """The median of data grouped into classes of width interval, by interpolation within the middle class."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    lower = x - interval / 2
    below = sum(1 for v in data if v < x)
    same = sum(1 for v in data if v == x)
    return lower + interval * (n / 2 - below) / same


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value of data (the first one met when several tie)."""
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best = max(counts.values())
    for value, count in counts.items():
        if count == best:
            return value


def multimode(data):
    """A list of the most common values of data, in the order first met."""
    counts = _counts(data)
    if not counts:
        return []
    best = max(counts.values())
    return [value for value, count in counts.items() if count == best]


def _sum_of_squares(data, xbar):
    """(numerator, denominator) of the sum of squared deviations for int data about the exact
    mean, or a float for other data."""
    n = len(data)
    if xbar is None and _all_ints(data):
        total = sum(data)
        squares = sum(x * x for x in data)
        return n * squares - total * total, n
    c = math.fsum(data) / n if xbar is None else xbar
    deviations = [x - c for x in data]
    ss = math.fsum(d * d for d in deviations)
    # Correct for the rounding of c: subtract (sum of deviations)^2 / n, as Python does.
    ss -= math.fsum(deviations) ** 2 / n
    return ss, 1


def variance(data, xbar=None):
    """The sample variance of data (squared deviations divided by n - 1)."""
    data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    ss, scale = _sum_of_squares(data, xbar)
    if scale == 1 and not isinstance(ss, int):
        return ss / (n - 1)
    return _ratio(ss, scale * (n - 1))


def pvariance(data, mu=None):
    """The population variance of data (squared deviations divided by n)."""
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    ss, scale = _sum_of_squares(data, mu)
    if scale == 1 and not isinstance(ss, int):
        return ss / n
    return _ratio(ss, scale * n)


def stdev(data, xbar=None):
    """The sample standard deviation of data: the square root of variance."""
    data = list(data)
    n = len(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    ss, scale = _sum_of_squares(data, xbar)
    if scale == 1 and not isinstance(ss, int):
        return math.sqrt(ss / (n - 1))
    return math.sqrt(ss / (scale * (n - 1)))


def pstdev(data, mu=None):
    """The population standard deviation of data: the square root of pvariance."""
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    ss, scale = _sum_of_squares(data, mu)
    if scale == 1 and not isinstance(ss, int):
        return math.sqrt(ss / n)
    return math.sqrt(ss / (scale * n))


def quantiles(data, *, n=4, method='exclusive'):
    """Cut points dividing the sorted data into n groups of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def _paired(x, y, what):
    x, y = list(x), list(y)
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return x, y, n


def covariance(x, y, /):
    """The sample covariance of x and y (divided by n - 1)."""
    x, y, n = _paired(x, y, 'covariance')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    """Pearson's correlation coefficient of x and y (method='ranked' gives Spearman's), between -1 and 1."""
    x, y, n = _paired(x, y, 'correlation')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant') from None


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """The slope and intercept of the least-squares line y = slope * x + intercept (proportional=True forces the intercept to 0)."""
    x, y, n = _paired(x, y, 'linear regression')
    if not proportional:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        x = [xi - xbar for xi in x]
        y_centered = [yi - ybar for yi in y]
    else:
        y_centered = y
    sxy = math.fsum(xi * yi for xi, yi in zip(x, y_centered))
    sxx = math.fsum(xi * xi for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant') from None
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


class NormalDist:
    """A normal distribution N(mu, sigma): pdf, cdf, inv_cdf, samples are not provided."""

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        return cls(fmean(data), stdev(data))

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma ** 2

    def pdf(self, x):
        variance = self._sigma ** 2
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    def __repr__(self):
        return f'NormalDist(mu={self._mu!r}, sigma={self._sigma!r})'
"""#
}
