# Adjacent bytes and str literals cannot be joined.
print('before')
greeting = (b'hello '
            'world')
