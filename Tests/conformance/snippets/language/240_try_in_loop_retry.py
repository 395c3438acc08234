attempts = 0
def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise ConnectionError("try again")
    return "ok"
while True:
    try:
        print(flaky(), "after", attempts, "attempts")
        break
    except ConnectionError as e:
        print("retrying:", e)
