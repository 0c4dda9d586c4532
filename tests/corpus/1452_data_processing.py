scores = {"ann": 88.5, "bob": 72.25, "cy": 95.0, "dee": 72.25, "ed": 60.1}
print(sorted(scores, key=scores.get, reverse=True))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
print(max(scores, key=scores.get), min(scores.values()), min([], default=None), max([3, 1, 2], key=lambda v: -v))
sq = {k: v ** 2 for k, v in scores.items() if v > 70}
print(sq)
print({len(k) for k in scores}, [i * j for i in range(3) for j in range(i)])
print(list(zip("abc", [1, 2, 3, 4])), list(enumerate("xyz", start=1)))
print(any(v > 90 for v in scores.values()), all(v > 60 for v in scores.values()), all([]), any([]))
print(sum([0.1] * 10), sum([0.1, 0.2]), 0.1 + 0.2, sum(scores.values()), sum(scores.values()) / len(scores))
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234.5678, -2), round(15, -1), round(25, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2), -7 // 2, -7 % 2, 7 % -3, -7.5 // 2)
big = 2 ** 100
print(big, big * big - 1, 3 ** 50 % 1000, pow(3, 200, 1000007), pow(2, -1, 7), pow(2.0, 0.5), pow(-8, 1/3))
print(int("ff", 16), int("0b1011", 0), int("777", 8), int(" 42 "), int("1_000"), int("z", 36), int(-3.9), int(3.9))
print(bin(10), hex(255), oct(8), bin(-5), hex(-255), f"{255:08b}", chr(65), ord("a"), chr(0x1F600), ord("€"))
print(10 / 4, 10 // 4, 2 ** -1, 1e300 * 1e10, 5 / 3, 2 / 3, 1 / 3 * 3, 100 * 1.1, 0.1 * 3, 1.0, 1e22, 1e-5, 123456789.0 * 10)
print(float("1.10"), float("  -3e2 "), abs(-3), abs(-2.5), max(1, 2.0), min("b", "a"), sorted("banana"), sorted([3, 1, 2], reverse=True))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.sqrt(2), math.pi, math.gcd(12, 18), math.factorial(20), math.isclose(0.1 + 0.2, 0.3))
nums = list(range(1, 11))
evens = [n for n in nums if n % 2 == 0]
print(evens, nums[::2], sum(evens), list(map(str, evens)), list(filter(None, [0, 1, "", "a", None])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)])
print(sorted(["Banana", "apple", "Cherry"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]))
words = "the cat sat on the mat the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(freq, sorted(freq.items(), key=lambda x: x[1], reverse=True)[:2])
print(int("12abc"))
