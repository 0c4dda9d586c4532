ages = {"ani": 20}
print(ages["budi"])
