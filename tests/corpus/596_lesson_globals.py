cache = []

def remember(x):
    cache.append(x)

for i in range(3):
    remember([i] * 100)

print(len(cache))
# del cache  # uncomment to free the lists before the program ends
