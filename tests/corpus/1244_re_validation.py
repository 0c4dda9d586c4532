# Validating input with fullmatch, match and search: emails, phone numbers, dates, identifiers.
import re

EMAIL = re.compile(r'[\w.+-]+@[\w-]+(\.[\w-]+)+')
PHONE = re.compile(r'\(?(\d{3})\)?[ -]?(\d{3})-(\d{4})')
DATE = re.compile(r'(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])')
IDENT = re.compile(r'[^\W\d]\w*')

for s in ['ada@example.com', 'bad@', 'first.last+tag@sub.domain.org', '@no.user', 'x@y']:
    m = EMAIL.fullmatch(s)
    print(repr(s), bool(m), m and m.group(1))

for s in ['(555) 123-4567', '555-123-4567', '5551234567', '555 1234 567', 'call 555-123-4567 now']:
    print(repr(s), PHONE.fullmatch(s) and PHONE.fullmatch(s).groups(), PHONE.search(s) and PHONE.search(s).span())

for s in ['2024-02-29', '2024-13-01', '1999-12-31', '2000-00-10', '2020-1-1']:
    m = DATE.fullmatch(s)
    print(s, m.groupdict() if m else None)

for s in ['name', '_private', '2fast', 'héllo', 'a b', 'x1']:
    print(repr(s), IDENT.fullmatch(s) is not None)

passwords = ['abc', 'Abcdef12', 'abcdefgh', 'ABCDEFG1', 'Zz9zz9zz']
strong = re.compile(r'(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{8,}')
print([p for p in passwords if strong.match(p)])
