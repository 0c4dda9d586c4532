# A script that ends where a method body should start: python3 shows the def line, with no caret.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
