for i in range(4):
    try:
        if i == 2:
            break
        print("try", i)
    finally:
        print("finally", i)
print("after loop")
