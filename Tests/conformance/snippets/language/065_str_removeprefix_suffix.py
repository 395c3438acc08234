print("test_loss".removeprefix("test_"))
print("data.csv".removesuffix(".csv"))
print("abc".removeprefix("x"))
