from dataclasses import dataclass
@dataclass
class Move:
    dx: int
    dy: int
@dataclass
class Say:
    text: str
def run(cmds):
    x = y = 0
    log = []
    for cmd in cmds:
        match cmd.split():
            case ["go", ("north" | "south") as d, n] if n.isdigit():
                y += int(n) if d == "north" else -int(n)
            case ["go", d, *_]:
                log.append(f"bad dir {d!r}")
            case ["say", *words]:
                log.append(" ".join(words).upper())
            case ["quit"]:
                break
            case _:
                log.append(f"?? {cmd}")
    return (x, y), log
print(run(["go north 3", "go south 1", "go up", "say hi there", "dance", "quit", "go north 9"]))
for ev in [Move(1, 0), Move(0, 0), Say("x"), Say(""), 3, {"k": [1, 2]}, {"k": "v"}]:
    match ev:
        case Move(dx=0, dy=0): print("stay")
        case Move(dx, dy): print("move", dx, dy)
        case Say(text=""): print("silence")
        case Say(t): print("say", t)
        case {"k": [a, b]}: print("pair", a + b)
        case {"k": str(v)}: print("kstr", v)
        case other: print("other", other)
