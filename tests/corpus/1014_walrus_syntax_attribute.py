# Only a plain name can be the target of an assignment expression.
class Point:
    pass
p = Point()
if (p.x := 3) > 2:
    print(p.x)
