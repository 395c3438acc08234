for i in range(1, 4):
    row = ""
    for j in range(1, 4):
        row += str(i * j).rjust(3)
    print(row)
