import types
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]), vars(ns), ns.a)
print(types.FunctionType, types.ModuleType, types.GeneratorType, types.MethodType, types.NoneType, types.LambdaType is types.FunctionType)
print(isinstance(lambda: 0, types.FunctionType), isinstance(types, types.ModuleType), type(int.__dict__) is types.MappingProxyType)
class Cfg(types.SimpleNamespace):
    pass
print(Cfg(lr=0.1))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError')
config = types.SimpleNamespace(lr=1e-3, epochs=3, layers=[64, 32])
config.epochs += 1
del config.layers
print(config, sorted(vars(config)), hasattr(config, 'layers'))
print(types.SimpleNamespace() == types.SimpleNamespace(), types.SimpleNamespace(a=1) != types.SimpleNamespace(a=2))
