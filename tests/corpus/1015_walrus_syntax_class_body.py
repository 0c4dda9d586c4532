# In a class body, a comprehension cannot bind names with :=.
class Table:
    rows = [1, 2, 3]
    doubled = [(last := r * 2) for r in rows]
