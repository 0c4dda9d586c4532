people = [("ani", 25), ("budi", 19), ("cici", 25), ("dodi", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(max(people, key=lambda p: p[1]), min(people, key=lambda p: p[1]))
nums = [3, -1, 4, -1, 5, -9]
nums.sort(key=abs)
print(nums)
print(sorted("banana"), sorted([3, 1, 2], reverse=True))
print(list(reversed(sorted({3: "c", 1: "a"}))))
