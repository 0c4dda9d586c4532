name = "Ani"
age = 20
pi = 3.14159265
print(f"{name} is {age} years old")
print(f"{pi:.2f} {pi:10.3f}| {age:05d} {age:>6}| {name:<6}| {name:^9}|")
print(f"{1234567:,} {1234567.891:,.2f} {0.25:.1%} {255:x} {255:#x} {5:b}")
print(f"{name!r} {age!s} {[1, 2]}")
print(f"{{braces}} {age + 1} {'nested'}")
width = 8
print(f"{pi:{width}.{3}f}|")
print("{} and {}".format("x", "y"), "{1} {0}".format("a", "b"), "{name}".format(name="n"))
print("{:>5}|{:<5}|{:^5}|".format(1, 2, 3))
print("%s is %d years, %.1f%%" % (name, age, 99.5))
print("%5s|%-5s|%05d" % ("a", "b", 42))
print(format(3.14159, ".3f"), format(42, "08b"))
x = 7
print(f"{x=}")
