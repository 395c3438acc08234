import io
with open('data.bin', 'wb') as f:
    print(type(f).__name__, f.mode, f.name, f.write(b'\x00\x01\x02'), f.write(bytes([255, 254])), f.tell())
with open('data.bin', 'ab') as f:
    f.write(b'tail')
with open('data.bin', 'rb') as f:
    print(type(f).__name__, repr(f), f.read(2), f.tell(), f.read(), f.read())
    f.seek(0)
    print(list(f.read()), f.readable(), f.writable())
f = open('data.bin', 'rb')
f.close()
for bad in [lambda: f.read(), lambda: open('data.bin', 'rb').write(b'x'), lambda: open('missing.bin', 'rb'), lambda: open('data.bin', 'wb').write('text')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with open('text.txt', 'w') as t:
    t.write('héllo\n')
print(open('text.txt', 'rb').read(), open('text.txt', 'rb').read().decode('utf-8'))
