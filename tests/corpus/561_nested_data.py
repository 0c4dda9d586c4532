import sys
inventory = {"fruits": ["apple", "banana"], "veg": ["carrot"]}
inventory["fruits"].append("cherry")
alias = inventory["fruits"]
print(sys.getrefcount(alias))
print(inventory)
matrix = [[0] * 3 for _ in range(2)]
matrix[0][1] = 5
print(matrix)
shared = [[0] * 2] * 2
shared[0][0] = 9
print(shared, shared[0] is shared[1], sys.getrefcount(shared[0]))
