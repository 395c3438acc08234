def moving_average(xs, k):
    return [sum(xs[i:i + k]) / k for i in range(len(xs) - k + 1)]
prices = [10, 11, 12, 13, 12, 11, 15, 18]
print(moving_average(prices, 3))
