from operator import itemgetter, attrgetter, methodcaller
students = [('ann', 'B', 31), ('bob', 'A', 25), ('cid', 'B', 22), ('dee', 'A', 28)]
print(sorted(students, key=itemgetter(1, 2)), max(students, key=itemgetter(2)))
class S:
    def __init__(self, name, grade):
        self.name, self.grade = name, grade
    def __repr__(self):
        return self.name
objs = [S(n, g) for n, g, _ in students]
print(sorted(objs, key=attrgetter('grade', 'name')), list(map(attrgetter('name'), objs)))
print(list(map(methodcaller('upper'), ['a', 'b'])), methodcaller('split', ',')('x,y'), itemgetter(0)('hey'))
print(itemgetter(slice(1, 3))([1, 2, 3, 4]), itemgetter('k')({'k': 5}), attrgetter('real')(3))
