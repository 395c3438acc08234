# Substring search (find, rfind, index, count, in, replace, split, partition) in linear time,
# on ASCII and non-ASCII text, with start/end arguments and empty needles.
s = "abracadabra"
print(s.find("abra"), s.rfind("abra"), s.find("abra", 1), s.rfind("abra", 0, 10), s.find("zz"))
print(s.index("cad"), s.rindex("a"), s.count("a"), s.count("abra"), s.count(""), s.count("aa"))
print(s.find(""), s.rfind(""), s.find("", 5), s.find("", 11), s.find("", 12), s.rfind("", 3, 7))
print(s.find("a", -3), s.rfind("a", -5, -1), s.find("bra", 2, 4), s.find("bra", 1, 4))
print(s.replace("abra", "X"), s.replace("a", "", 2), s.replace("", "-"), s.replace("", "-", 3))
print(s.split("a"), s.split("a", 2), s.rsplit("a", 2), s.split("abra"), "a,b,,c".split(","))
print(s.partition("cad"), s.rpartition("a"), s.partition("zz"), s.rpartition("zz"))
print("cad" in s, "dac" in s, "" in s, "aaa".count("aa"), "aaaa".replace("aa", "b"))
u = "naïve café, naïve thé — 你好，世界，你好"
print(u.find("naïve"), u.rfind("naïve"), u.find("你好"), u.rfind("你好"), u.index("世界"))
print(u.count("é"), u.count("你好"), u.find("thé", 15), u.rfind("é", 0, 12), u.find("好", -3))
print(u.replace("你好", "hi"), u.split("，"), u.partition("—"), u.rpartition("你好"))
print("é" in u, "e\u0301" in u, u.startswith("naïve"), len(u))
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError", e)
try:
    s.split("")
except ValueError as e:
    print("ValueError", e)
try:
    s.partition("")
except ValueError as e:
    print("ValueError", e)

# The worst cases of a naive search: a long needle that almost matches everywhere.
big = "a" * 2_000_000
needle = "a" * 1_000_000 + "b"
print(big.find(needle), big.rfind(needle), big.count(needle), needle in big)
print(big.replace(needle, "x") == big, len(big.split(needle)), big.find("a" * 1_000_000, 500_000))
print(big.rfind("b" + "a" * 1_000_000), ("ab" * 500_000).count("ab" * 1000 + "b"))
hay = ("ab" * 300_000 + "abc") * 2
print(hay.find("ab" * 1000 + "c"), hay.rfind("ab" * 1000 + "c"), hay.count("ab" * 1000 + "c"))
