# print() writes each argument (and the separator before it) as it goes: when str() of a 5000-digit int fails
# (3.11's int_max_str_digits), what came before it is already on stdout.
import sys

big = 10 ** 5000
try:
    print("big:", 1, big, "never", sep=" | ")
except ValueError as e:
    print("<caught>", e)

try:
    print(big)
except ValueError:
    print("<nothing was written before it>")

sys.set_int_max_str_digits(6000)
print(len(str(big)), str(big)[:5])
sys.set_int_max_str_digits(4300)
print("total:", big // 10 ** 4990, big)
