# string.Formatter: format/vformat as str.format, parse into (literal, field, spec, conversion), and overriding its steps.
import string
f = string.Formatter()
class P:
    x = 5
    def __format__(self, spec): return 'P<' + spec + '>'
    def __repr__(self): return 'P()'
for call in [lambda: f.format('{a.x:>{w}}|{a!s:}', a=P(), w=4), lambda: f.format('{0}-{1}-{0}', 'a', 'b'), lambda: f.format('{} {}', 1, 2), lambda: f.format('{0} {}', 1, 2), lambda: f.format('{} {0}', 1, 2),
             lambda: f.format('{0!x}', 1), lambda: f.vformat('{a}{0}', (1,), {'a': 2}), lambda: f.format('{:{:{}}}', 1, 2, 3), lambda: f.format('{!a}', 'é'),
             lambda: f.format('{0:{1}}', 3.14159, '.2f'), lambda: string.Formatter.format(f, '{}', 'x'), lambda: f.format(format_string='x')]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
class Up(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper()
    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)))
print(Up().format('{} and {n}', 'abc', n='xyz', m=1))
print(string.capwords(' hello   world '), string.ascii_letters[:5])
f = string.Formatter()
for s in ['a{{b', 'a}}b', '{}', '{0}x{1:>5}', '{a.b[0]!r:{w}}', 'x{', 'x}', '{!r}', '{a!}', '{a!rr}', '{a:{b:{c}}}', '{[}', '{a[}', '{a[:]}', '{0[!]}', '', 'plain', '{:}', '{a!s:}', '}}{{', '{ {}', '{a{b}']:
    try:
        print(repr(s), list(f.parse(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
