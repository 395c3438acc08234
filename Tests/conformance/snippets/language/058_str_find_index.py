s = "hello world"
print(s.find("o"), s.find("o", 5), s.rfind("o"), s.find("z"))
print(s.index("world"), s.rindex("l"))
print(s.count("l"), s.count("lo"), "aaaa".count("aa"))
