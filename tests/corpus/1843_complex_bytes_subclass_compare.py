# Comparisons of complex and bytes subclasses call what their class defines (a module type's comparison slot is
# the builtin's own, not the subclass's).
class C(complex):
    def __eq__(s, o): return 'C.eq'
    def __lt__(s, o): return 'C.lt'
print(C(1) == 1j, C(1) < 1j, 1j == C(1))
class B(bytes):
    def __eq__(s, o): return 'B.eq'
    def __lt__(s, o): return 'B.lt'
    def __ne__(s, o): return 'B.ne'
print(B(b'a') == b'a', B(b'a') < b'a', B(b'a') != b'a', B(b'a') == B(b'a'))
