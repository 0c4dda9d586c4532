# The compiler's errors in a file are at UTF-8 byte columns too.
nom_é = 1; __debug__ = 2
