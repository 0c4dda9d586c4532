def greet():
    return "hi " + nme
print("start")
greet()
