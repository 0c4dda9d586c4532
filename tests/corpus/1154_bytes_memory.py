# bytes, bytearray and memoryview in memory: sizes as they grow, who holds the buffer, a cycle the collector frees.
import sys
import gc

print('bytes sizes:', [sys.getsizeof(bytes(n)) for n in (0, 1, 2, 10, 100)])
x, empty = b'x', b''
print('bytes singletons:', x[:1] is bytes([120]), bytes(0) is empty)

buf = bytearray()
sizes = []
for i in range(30):
    sizes.append(sys.getsizeof(buf))
    buf.append(i)
print('bytearray growth:', sizes)
while len(buf) > 3:
    buf.pop()
print('after pops:', len(buf), sys.getsizeof(buf))
buf.clear()
print('after clear:', sys.getsizeof(buf))
big = bytearray(64)
print('bytearray(64):', sys.getsizeof(big))
del big[:16]
print('front deleted (start moves):', len(big), sys.getsizeof(big))
big += b'!'
print('grown again:', len(big), sys.getsizeof(big))
big[10:] = b''
print('major shrink:', len(big), sys.getsizeof(big))

data = bytearray(b'memory')
print('refcount before view:', sys.getrefcount(data))
view = memoryview(data)
part = view[2:5]
print('refcount with two views:', sys.getrefcount(data))
print('view sizes:', sys.getsizeof(view), sys.getsizeof(part), part.tobytes())
try:
    data.append(33)
except BufferError as e:
    print('BufferError:', e)
view.release()
try:
    data.extend(b'!!')
except BufferError as e:
    print('still exported through the slice:', e)
part.release()
data.extend(b'!!')
print('released:', data, sys.getrefcount(data))

class Node:
    pass

n = Node()
n.payload = bytearray(1000)
n.view = memoryview(n.payload)
n.me = n
payload_id = id(n.payload)
del n
found = gc.collect()
print('collected (the instance, the view, its managed buffer):', found)

blob = b'abc' * 3
print(blob, len(blob), sys.getsizeof(blob), hash(blob) == hash(blob.decode()))
x = 1
