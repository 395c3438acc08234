class Student:
    def __init__(self, name, gpa):
        self.name, self.gpa = name, gpa
    def __lt__(self, other):
        return self.gpa < other.gpa
    def __repr__(self):
        return f"{self.name}:{self.gpa}"
ss = [Student("a", 3.2), Student("b", 3.9), Student("c", 2.5)]
print(sorted(ss))
print(max(ss), min(ss))
print(ss[0] < ss[1], ss[1] > ss[0])
