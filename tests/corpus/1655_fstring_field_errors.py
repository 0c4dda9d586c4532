# Mistakes inside f-string fields. CPython 3.11 parses each field's expression apart, as "(expr)": its errors
# are prefixed "f-string: ", their columns and text are those of that copy. A lone '=' ends the expression
# (the debug specifier), so what follows it must be '!', ':' or '}'.
sources = [
    "f'{a b}'",
    "f'{a +}'",
    "f'{lambda x}'",
    "f'{*a}'",
    "f'{(a=1)}'",
    "f'{if}'",
    "f'{a.}'",
    "f'{a $ b}'",
    "y = f'''ab\ncd{x b}'''",
    "y = f'''\n{\nx b}'''",
    "y = f'{f\"{a b}\"}'",
    "y = 'a' f'{x y}'",
    "y = f'{x:{a b}}'",
    "f'{a = 1}'",
    "f'{a=b}'",
    "f'{=}'",
    "f'{ = }'",
    "f'{!r}'",
    "f'{:x}'",
    "f'{ }'",
    "f'{}'",
    "f'{a = '",
    "f'{a=!x}'",
    "f'{a!r=}'",
]
for source in sources:
    try:
        compile(source, "<student>", "exec")
    except SyntaxError as e:
        print(repr(source), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
    else:
        print(repr(source), "compiled")

x = 5
a = 3
print(f'{x=}', f'{x = }', f'{x= !s}', f'{x = :>5}', f'{x==5}', f'{x!=5=}', f'{x<=5 = }', f'{x >5=}')
print(f'{ x = }', f'{x=!r:^5}', f'{"a=b"=}', f'{(a:=1)=}', f'{[1,2][a-1]=}')

exec("name = 'Ann'\nage = 7\nprint(f'{name} is {age + } years old')\n")
