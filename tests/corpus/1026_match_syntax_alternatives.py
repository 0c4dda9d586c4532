# Alternatives of an or-pattern must bind the same names.
match [1]:
    case [x] | (x, y):
        pass
