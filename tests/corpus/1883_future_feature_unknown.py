# future.c refuses an unknown feature with one caret.
from __future__ import annotations, spam
print("never printed")
