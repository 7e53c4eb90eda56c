# Single inheritance, overriding, super() calls, isinstance/issubclass.
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, " + super().kind()
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + f" (age {self.age})"
for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.speak(), "|", a.kind())
print(issubclass(Puppy, Animal), issubclass(Animal, Dog), isinstance(Puppy("x", 2), Dog))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Dog.__base__.__name__)
print(issubclass(Dog, (int, Animal)), isinstance(3, (str, int)))
print(issubclass(Dog, object), issubclass(bool, int))
class Base:
    def template(self):
        return self.hook() * 2
    def hook(self):
        return "b"
class Derived(Base):
    def hook(self):
        return "d"
print(Base().template(), Derived().template())
