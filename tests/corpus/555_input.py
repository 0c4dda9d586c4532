name = input("Name? ")
age = int(input())
print()
print(f"Hello {name}, next year you will be {age + 1}")
