# Conditions compiled as jumps (not, and/or, chained comparisons, conditional expressions) give the same
# results in every combination; the compiled form follows CPython's compiler_jump_if.
out = []
for a in (0, 1, 2):
    for b in (0, 1, 2):
        for c in (0, 1):
            r = []
            if a and b or c: r.append(1)
            if not (a or b): r.append(2)
            if a < b < 2: r.append(3)
            if not a < b < 2: r.append(4)
            if (a if c else b): r.append(5)
            if not (a if c else b): r.append(6)
            if a and not b and c: r.append(7)
            if a or b and c: r.append(8)
            if 0 < a <= b and c: r.append(9)
            if not (0 < a <= b) or c: r.append(10)
            if (a and b) if c else (b or a): r.append(11)
            r.append([x for x in range(3) if x < a if not x == b])
            r.append(sum(1 for x in range(3) if a < x < 3 or c))
            n = 0
            while n < 3 and not (n == a or n == b): n += 1
            r.append(n)
            assert a < 3 and b < 3, 'x'
            r.append(1 if 0 <= a < b else 0)
            out.append((a, b, c, r))
for o in out: print(o)
