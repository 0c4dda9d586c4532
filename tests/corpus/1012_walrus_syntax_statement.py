# An unparenthesized assignment expression is not a statement.
print("never printed")
count := 10
