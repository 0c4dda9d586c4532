# So does a wildcard that is not the last case.
def f(command):
    match command:
        case "go":
            pass
        case _:
            pass
        case "quit":
            pass
