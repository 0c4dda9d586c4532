# except and except* cannot share a try statement.
print("never runs")
try:
    pass
except ValueError:
    pass
except* TypeError:
    pass
