# The library as tutorials use it: dataclasses. Items with a defaulted field, made, compared, sorted and printed.
from dataclasses import dataclass, field


@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    qty: int = 1

    def total(self):
        return self.price * self.qty


stock = [Item(i * 0.25 % 7, f"item{i}", i % 5) for i in range(3000)]
value = sum(item.total() for item in stock)
cheapest = sorted(stock)[:3]
same = sum(1 for a, b in zip(stock, stock[1:]) if a == b)
text = [repr(item) for item in stock[:500]]
print(round(value, 2), cheapest[0], same, len("".join(text)))
