# A bare capture pattern before other cases makes them unreachable.
def f(command):
    match command:
        case action:
            print(action)
        case "quit":
            print("bye")
