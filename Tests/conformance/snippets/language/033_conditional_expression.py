for n in [-3, 0, 4]:
    sign = "negative" if n < 0 else "zero" if n == 0 else "positive"
    print(n, sign)
x = 7
print("odd" if x % 2 else "even")
