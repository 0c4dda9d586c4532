class InventoryError(Exception):
    """Base error."""
class OutOfStock(InventoryError):
    def __init__(self, item, qty=0):
        self.item = item
        super().__init__(item, qty)
    def __str__(self):
        return f"{self.item} is out of stock"
class UnknownItem(InventoryError, KeyError):
    pass
class Inventory:
    def __init__(self):
        self.stock = {}
    def add(self, item, qty=1):
        self.stock[item] = self.stock.get(item, 0) + qty
        return self
    def take(self, item, qty=1):
        if item not in self.stock:
            raise UnknownItem(item)
        if self.stock[item] < qty:
            raise OutOfStock(item, self.stock[item])
        self.stock[item] -= qty
    def __iter__(self):
        yield from sorted(self.stock.items())
    def __repr__(self):
        return "Inventory(" + ", ".join(f"{k}={v}" for k, v in self) + ")"
inv = Inventory().add("apple", 3).add("pear").add("apple")
print(inv, list(inv), dict(inv))
for item, q in [("apple", 2), ("pear", 5), ("kiwi", 1)]:
    try:
        inv.take(item, q)
    except OutOfStock as e:
        print("oos:", e, e.args, repr(e))
    except KeyError as e:
        print("key:", e, repr(e), isinstance(e, InventoryError), type(e).__mro__[1:3])
    else:
        print("took", q, item)
    finally:
        print("stock now", inv)
print(OutOfStock.__doc__, InventoryError.__doc__, issubclass(UnknownItem, LookupError))
try:
    try:
        inv.take("kiwi")
    except UnknownItem:
        raise OutOfStock("kiwi") from None
except InventoryError as e:
    print(e, e.__cause__, e.__context__ is not None, e.__suppress_context__)
def restock(inv, items):
    for it in items:
        try:
            inv.take(it)
        except InventoryError:
            inv.add(it, int(it))
restock(inv, ["pear"])
restock(inv, ["kiwi"])
