# A future import after another statement is a SyntaxError at compile time.
print("never printed")
from __future__ import annotations
