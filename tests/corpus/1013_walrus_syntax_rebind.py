# An assignment expression may not rebind a comprehension's iteration variable.
def f(rows):
    return [[cell := cell * 2 for cell in row] for row in rows]
