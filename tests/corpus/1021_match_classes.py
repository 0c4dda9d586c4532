# Class patterns: __match_args__ for positional sub-patterns, keyword sub-patterns, builtins matching themselves.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Circle:
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

def where(shape):
    match shape:
        case Point(0, 0):
            return 'origin'
        case Point(x, 0):
            return f'x axis {x}'
        case Point(x=0, y=y):
            return f'y axis {y}'
        case Point(x, y) if x == y:
            return f'diagonal {x}'
        case Circle(center=Point(x, y), radius=r) if r > 10:
            return f'big circle at {x},{y}'
        case Circle(radius=r):
            return f'circle {r}'
        case Point():
            return 'some point'
        case int(n) | float(n):
            return f'number {n}'
        case str(s):
            return f'text {s}'
        case list([*items]):
            return f'list of {len(items)}'
        case _:
            return 'unknown'

for s in [Point(0, 0), Point(4, 0), Point(0, 7), Point(2, 2), Point(1, 2), Circle(Point(1, 1), 20),
          Circle(Point(1, 1), 2), 3, 2.5, 'hi', [1, 2], {}]:
    print(where(s))

# A missing attribute makes the keyword pattern fail, not raise.
match Point(1, 2):
    case Point(z=1):
        print('has z')
    case Point(x=1):
        print('x is 1')

# Dotted names are value patterns, compared with ==.
class Color:
    RED = 'red'
    GREEN = 'green'
match 'green':
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')

# Subclasses match their base class patterns.
class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
match Point3(1, 2, 3):
    case Point3(a, b, c):
        print('3d', a, b, c)
match Point3(1, 2, 3):
    case Point(a, b):
        print('as 2d', a, b)

# Errors raised while matching.
for bad in ['too many', 'not a type', 'match_args list', 'duplicate']:
    try:
        if bad == 'too many':
            match Point(1, 2):
                case Point(1, 2, 3):
                    pass
        elif bad == 'not a type':
            not_a_class = len
            match 5:
                case not_a_class():
                    pass
        elif bad == 'match_args list':
            class Bad:
                __match_args__ = ['a']
            match Bad():
                case Bad(1):
                    pass
        else:
            match Point(1, 2):
                case Point(1, x=1):
                    pass
    except TypeError as e:
        print('TypeError:', e)

match 7:
    case int(1, 2):
        pass
