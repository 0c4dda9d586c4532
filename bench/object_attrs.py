# 100,000 objects, each given three attributes after it is made (and dropped when the next one is made).
class Point:
    pass

for i in range(100000):
    p = Point()
    p.x = i
    p.y = i + 1
    p.z = i + 2
print(p.x, p.y, p.z)
