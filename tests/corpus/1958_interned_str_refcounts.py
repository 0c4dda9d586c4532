# Identifier-like strs are interned: a program's 'result' is the very object CPython's start-up modules use, so its
# count includes theirs (statically allocated ones start at 999999999). Other strs are the program's own.
import sys

word = 'result'
print(sys.getrefcount(word))
same = 'result'
print(word is same, sys.getrefcount(word))
del same
print(sys.getrefcount(word))

for text in ('test', 'value', 'first', 'number', 'item', 'size', 'start', 'line'):
    print(text, sys.getrefcount(text))

greeting = 'hello'
print(sys.getrefcount(greeting))
sentence = 'hello world'
print(sys.getrefcount(sentence))
joined = ''.join(['res', 'ult'])
print(joined is word, sys.getrefcount(joined))
interned = sys.intern(joined)
print(interned is word, sys.getrefcount(word))
config = {'result': 1, 'test': 2}
print(sys.getrefcount(word), sys.getrefcount('test'))

# '' and one-character strs are shared singletons: the parser holds each literal it read.
empty = ''
other = ''
print(sys.getrefcount(str()))
letter = 'q'
again = 'q'
print(sys.getrefcount(chr(113)), sys.getrefcount(letter))
