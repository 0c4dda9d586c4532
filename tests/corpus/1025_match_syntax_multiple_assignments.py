# A pattern may bind each name once.
match (1, 2):
    case (x, x):
        print(x)
