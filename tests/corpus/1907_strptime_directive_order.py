# strptime takes the directives in the format's order, as CPython's _strptime: a later one of the same field wins.
import time, datetime
cases = [('Feb 3', '%b %m'), ('3 Feb', '%m %b'), ('March 2', '%B %m'), ('1999 20', '%Y %y'), ('20 1999', '%y %Y'),
         ('Mon 3', '%a %w'), ('3 Mon', '%w %a'), ('2024 5 10 Mon', '%Y %U %W %a'), ('2024 10 5 Mon', '%Y %W %U %a'),
         ('13 1 pm', '%H %I %p'), ('1 pm 13', '%I %p %H'), ('Friday Mon', '%A %a')]
for case in cases:
    for parse in (time.strptime, datetime.datetime.strptime):
        try:
            r = parse(*case)
            print(tuple(r)[:8] if parse is time.strptime else r)
        except ValueError as e:
            print('ValueError:', e)
