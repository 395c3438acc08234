import operator as op
print(op.add(2, 3), op.sub(5, 1), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8))
print(op.neg(5), op.pos(-5), op.abs(-3), op.invert(5), op.not_(0), op.truth([]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(16, 2))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
print(op.is_(None, None), op.is_not(1, None), op.index(7))
xs = [1, 2, 3]
op.setitem(xs, 0, 9); op.delitem(xs, 1)
print(xs, op.getitem(xs, -1), op.getitem("hello", slice(1, 3)))
print(op.iadd([1], [2]), op.iadd(1, 2), op.imul("ab", 2))
