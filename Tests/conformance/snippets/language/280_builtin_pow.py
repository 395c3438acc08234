print(pow(2, 10), pow(2, -2), pow(2.0, 3))
print(pow(3, 4, 5), pow(7, 128, 13), pow(10, 9, 1000000007))
print(pow(-2, 3), pow(4, 0.5))
