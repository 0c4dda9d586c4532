# An imaginary literal followed by a name character.
x = 1
y = 2jk
