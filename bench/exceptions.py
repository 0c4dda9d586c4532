# Raising and catching in a loop, as learners validate input: a custom exception from a function, a KeyError from a
# dict, a ValueError from int().
class InvalidAge(Exception):
    pass


def check(age):
    if age < 0:
        raise InvalidAge(age)
    return age


counts = {}
bad = 0
for i in range(60000):
    try:
        check(i % 7 - 3)
    except InvalidAge:
        bad += 1
    try:
        counts[i % 10] += 1
    except KeyError:
        counts[i % 10] = 1
    try:
        int("x" if i % 5 == 0 else "12")
    except ValueError:
        bad += 1
print(bad, sum(counts.values()))
