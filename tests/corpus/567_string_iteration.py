word = "memory"
for ch in word:
    print(ch, end=" ")
print()
print(",".join(str(i) for i in range(5)))
print(*[1, 2, 3], sep="-", end="!\n")
print("a", "b", sep="")
letters = list(word)
letters.sort()
print(letters, "".join(letters))
