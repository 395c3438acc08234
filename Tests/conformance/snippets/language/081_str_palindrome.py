def is_palindrome(s):
    cleaned = "".join(ch.lower() for ch in s if ch.isalnum())
    return cleaned == cleaned[::-1]
for s in ["Racecar", "A man, a plan, a canal: Panama", "hello"]:
    print(s, "->", is_palindrome(s))
