# Runaway recursion: where the RecursionError comes and what it says depends on what the last call does. print()
# needs two C-level guards (the stream's write and its buffer's), str() one; == of two strs is specialized and
# needs none, so the error comes at the call.
import sys

last = [0]


def printing(n):
    last[0] = n
    if n > 994:
        print("depth", n)
    printing(n + 1)


def converting(n):
    last[0] = n
    str(n)
    converting(n + 1)


def comparing(word):
    last[0] += 1
    if word == "stop":
        return
    comparing(word)


for start in (printing, converting):
    try:
        start(0)
    except RecursionError as e:
        print(start.__name__, last[0], e)

last[0] = 0
try:
    comparing("go")
except RecursionError as e:
    print("comparing", last[0], e)


def countdown(n):
    print(n)
    countdown(n + 1)


sys.setrecursionlimit(60)
countdown(0)
