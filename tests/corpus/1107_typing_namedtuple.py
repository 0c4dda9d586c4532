from typing import NamedTuple
import sys

class Employee(NamedTuple):
    """An employee."""
    name: str
    id: int = 3

    def describe(self):
        return f'{self.name}#{self.id}'

e = Employee('Guido')
print(e, e.describe(), e.id, Employee._fields, Employee._field_defaults, Employee.__annotations__, Employee.__doc__)
print(Employee.__mro__, type(Employee), isinstance(e, tuple), e._replace(id=7), e._asdict(), sys.getsizeof(e) == sys.getsizeof(('a', 1)))
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), Point.__annotations__, Point.__module__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as e:
    print('TypeError', e)
try:
    class Bad2(NamedTuple):
        a: int
        def _asdict(self):
            return {}
except AttributeError as e:
    print('AttributeError', e)
try:
    Employee()
except TypeError as e:
    print('TypeError', e)
