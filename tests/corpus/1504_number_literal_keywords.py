# A number run straight into a keyword that may follow it (`1if`, `0x1for`: hex digits are taken first) is
# read as the number and the keyword, with a SyntaxWarning ("invalid decimal literal") per occurrence; the
# tokenizer warns before the program runs, in source order.
x = 1if True else 2
y = [0x1for _ in 'ab']
print(x, y, 0in[0], 1.5if 0 else 2.5, 5jor 0, 1 if 0else 3)
print(0b1or 0, 00if 1 else 7, 1.e1and 2, 0o7in [7], 1not in [2])
print(1_000.0_1e1_0j, .5, 1., 0e0, 0x_1f, 0_0)
