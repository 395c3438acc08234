print(format(3.14159, ".3f"), format(42, "08b"), format(0.5, "%"))
print(format("x", "^5"), format(1e6, ",.0f"))
print(format(12, ""), format(2.0))
