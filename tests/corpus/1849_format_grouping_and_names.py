# The format mini-language: a complex's parts grouped with ',' or '_', errors naming a subclass, ',,' refused as
# CPython's parser refuses it.
print(format(1234567+1j, ','), format(1e6+2e6j, '_.1f'), f"{12345.5-1000j:,.2f}", format(1234.5j, ',e'))
class MyInt(int): pass
class MyStr(str): pass
class MyFloat(float): pass
for v, spec in [(MyInt(1), 's'), (MyStr('a'), 'd'), (MyFloat(1.0), 'd'), (True, 's')]:
    try:
        format(v, spec)
    except ValueError as e:
        print(e)
for v, s in [(1.0, ',,'), (1, ',,'), (1, '__'), (1, ',_'), (1, '_,')]:
    try:
        format(v, s)
    except ValueError as e:
        print(repr(s), e)
print(format(-1234.5+0j, ","), format(12345678j, "_"), format(1e20+1j, ","), format(complex(1e3, -2e6), "_g"), format(1234567.0+0j, ",.3e"))
