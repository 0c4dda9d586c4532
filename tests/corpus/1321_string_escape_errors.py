# Malformed escapes in str literals are SyntaxErrors from the unicode_escape codec, checked through compile().
samples = [r'"\xZZ"', r'"ab\x4"', r'"\N"', r'"\N{"', r'"\u12"', r'"\U0011FFFF"', r'"\777"', r'"\8"', r'"\x41\u00e9\U0001F600"', r"b'\xZ'"]
for s in samples:
    try:
        v = eval(compile(s, '<escape>', 'eval'))
        print(s, 'ok', repr(v))
    except SyntaxError as e:
        print(s, 'SyntaxError', e.msg)
