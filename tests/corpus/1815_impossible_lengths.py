# A list or tuple built from a range (or a sized iterator) checks the length first, as list_resize and PyTuple_New
# check the length hint: a length past memory is MemoryError at once, one past a Py_ssize_t OverflowError (range's len).
for src in ["list(range(10**18))", "list(range(10**19))", "[*range(10**18)]", "tuple(range(10**18))", "sorted(range(10**18))", "list(iter(range(10**18)))", "[].extend(range(10**18))", "list(range(2**63 - 1))", "list(range(-10**19, 0))", "(*range(10**18),)", "bytearray(range(10**18))", "list(reversed(range(10**18)))", "list({}.fromkeys('ab'))"]:
    try:
        r = eval(src)
        print(src, "ok", len(r))
    except Exception as e:
        print(src, type(e).__name__, e)
print(len(list(range(5))), tuple(range(3)), sorted(range(3, 0, -1)))
