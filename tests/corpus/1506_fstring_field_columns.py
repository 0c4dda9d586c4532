# A field's expression on the f-string's first line is placed from the token's column and the '{' offset
# (after a plain literal it is joined to, inside a nested format spec): the carets fall under `width`.
name = 'Ada'
print("name: " f"{name!r:>{len(name)}}", f"{{literal}} { name }")
print("name: " f"{name!r:>{width}}")
