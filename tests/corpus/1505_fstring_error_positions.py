# An error inside an f-string field is located at the field's expression (its line and columns in the source),
# as CPython 3.11 places it, so the traceback's carets fall under that expression: here on the third line of a
# triple-quoted f-string.
name = 'Ada'
values = {'a': 1}
print(f"{name=} {values['a'] * 2 = } {name!r:>{len(name) + 2}}")
print(f"""report:
    {name.upper()} has {values['a'] +
                        values['z']} points""")
