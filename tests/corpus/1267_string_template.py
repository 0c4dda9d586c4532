# string.Template: $name, ${name}, $$, safe_substitute, identifiers, and CPython's error messages with line and column.
from string import Template
t = Template('$who likes ${what}; $$5 $')
for call in [lambda: t.substitute(who='tim', what='kung pao'), lambda: t.safe_substitute(who='tim'), lambda: t.substitute({'who': 1}, what=2),
             lambda: Template('$who $x').substitute(who=1), lambda: Template('ab\ncd $ x').substitute(), lambda: Template('${1}').substitute(), lambda: Template('$').substitute(),
             lambda: Template('${a').safe_substitute(a=1), lambda: Template('$a$b').get_identifiers(), lambda: Template('$a $ x').is_valid(), lambda: Template('$a$a${b}').get_identifiers(),
             lambda: Template('x').substitute({}, {}), lambda: Template('$é').safe_substitute(), lambda: Template('$ab_1c!').substitute(ab_1c=3), lambda: Template('$$a').substitute(),
             lambda: t.template, lambda: Template('$A').substitute(A=1, a=2), lambda: Template.delimiter, lambda: Template('$x').substitute(x=[1])]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
class P(Template):
    delimiter = '%'
print(P('%x and %%').substitute(x=1))
print(Template('line one\n  $ bad').safe_substitute(), Template('$a and ${b}').safe_substitute({'a': 1}, b=2))
class Money(Template):
    delimiter = '#'
print(Money('#amount for #who; ##').substitute(amount=5, who='you'))
t2 = Template('$x')
print(t2.substitute(x=t2.template), Template('$_under $x9').substitute(_under=1, x9=2))
