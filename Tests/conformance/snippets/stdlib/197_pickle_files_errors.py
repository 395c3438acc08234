import pickle
model = {'weights': [[0.1, -0.2], [0.3, 0.4]], 'bias': [0.0, 0.1], 'epoch': 12, 'name': 'tiny'}
with open('model.pkl', 'wb') as f:
    pickle.dump(model, f)
with open('model.pkl', 'rb') as f:
    print(pickle.load(f) == model)
with open('two.pkl', 'wb') as f:
    pickle.dump([1], f)
    pickle.dump('second', f)
with open('two.pkl', 'rb') as f:
    print(pickle.load(f), pickle.load(f))
for bad in [lambda: pickle.dumps(lambda x: x), lambda: pickle.loads(b'garbage'), lambda: pickle.loads(b''), lambda: pickle.loads(b'\x80\x04K'),
            lambda: pickle.loads('text'), lambda: pickle.dumps(1, protocol=9)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
print(issubclass(pickle.UnpicklingError, pickle.PickleError), issubclass(pickle.PicklingError, Exception))
