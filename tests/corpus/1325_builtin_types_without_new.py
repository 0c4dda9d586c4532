for maker in [lambda: type(iter([])), lambda: type(iter(())), lambda: type(len), lambda: type((x for x in [])), lambda: type({}.keys()), lambda: type(iter({})), lambda: type(range(1).__iter__()), lambda: type(lambda: 0)]:
    t = maker()
    try:
        print(t(), 'made')
    except TypeError as e:
        print(e)
print(type(None)(), type(...)(), type(NotImplemented)())
