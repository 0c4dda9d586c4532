# An int literal longer than the digit limit is a SyntaxError when exec/eval/compile parse it (hex ones are not limited).
import sys
for src in ['x = ' + '1' * 4300, 'x = ' + '1' * 4301, 'x = 1_' + '2' * 4300, 'y = 0x' + 'f' * 5000]:
    try:
        exec(src)
        print('ok', len(src))
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, len(e.text))
sys.set_int_max_str_digits(0)
exec('z = ' + '3' * 5000)
print(z % 1000)
sys.set_int_max_str_digits(700)
try:
    eval('9' * 701)
except SyntaxError as e:
    print(e.msg)
exec('print(' + '1' * 4301 + ')')
