# datetime.strptime with %z (offsets, Z, seconds and fractions), %Z and the week directives %U and %W.
from datetime import datetime
for text, fmt in [('2021-03-05T10:00:00+0200', '%Y-%m-%dT%H:%M:%S%z'), ('2021-03-05 10:00 -05:30', '%Y-%m-%d %H:%M %z'),
                  ('2021-03-05 10:00 Z', '%Y-%m-%d %H:%M %z'), ('10:00 +01:02:03.5', '%H:%M %z'), ('10:00 +010203.123456', '%H:%M %z'),
                  ('10:00 UTC', '%H:%M %Z'), ('10:00 gmt', '%H:%M %Z'), ('10:00 +0000 UTC', '%H:%M %z %Z'),
                  ('2024 W10 1', '%Y W%W %w'), ('2024 U10 0', '%Y U%U %w'), ('2023 00 Sun', '%Y %W %a'), ('2023 0 Monday', '%Y %U %A'),
                  ('2024 52 Sat', '%Y %U %a'), ('2024 W10', '%Y W%W'), ('2021-01-01 +01:0203', '%Y-%m-%d %z'),
                  ('2021 +2400', '%Y %z'), ('2021 +0260', '%Y %z'), ('2021 EST', '%Y %Z')]:
    try:
        d = datetime.strptime(text, fmt)
        print(repr(d), d.utcoffset(), d.tzname())
    except ValueError as e:
        print('ValueError', e)
