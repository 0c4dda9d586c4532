class Animal:
    kingdom = "animalia"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"

class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return "Woof"

class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"

d = Dog("Rex", "lab")
p = Puppy("Bit", "pug")
print(d.describe(), p.describe())
print(isinstance(p, Animal), isinstance(d, Puppy), issubclass(Puppy, Animal))
print(Dog.kingdom, p.kingdom, type(p).__name__)
print([c.__name__ for c in Puppy.__mro__])
print(hasattr(d, "breed"), getattr(d, "missing", "none"))
setattr(d, "age", 3)
print(d.age)
delattr(d, "age")
print(hasattr(d, "age"))
