# Everyday number printing in teaching programs: prices, percentages, averages, conversions, rounding.
import math
prices = [19.99, 5.25, 3.5, 100.0, 0.1, 0.2]
total = sum(prices)
print(total, round(total, 2), f'{total:.2f}', '%.2f' % total, format(total, ',.2f'), '{:>10.3f}|'.format(total))
print(f'{0.1234:.1%}', '{:.2%}'.format(2 / 3), f'{1234567.891:,}', f'{1234567.891:_.1f}', f'{-0.5:+.3e}')
avg = total / len(prices)
print(avg, round(avg), round(avg, 3), int(avg), math.floor(avg), math.ceil(avg), math.trunc(-avg))
for c in [-40, 0, 37, 100]:
    f = c * 9 / 5 + 32
    print(c, f, '%d°C = %.1f°F' % (c, f), f'{c}°C = {f:g}°F')
print(7 / 2, 7 // 2, 7 % 2, -7 / 2, -7 // 2, -7 % 2, 7.5 // 2, 7.5 % 2, divmod(-7.5, 2), 2 ** -1, 2 ** 0.5, 9 ** 0.5)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, math.isclose(0.1 + 0.2, 0.3), 1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0, float(2 ** 53 + 1))
print(1 / 3, 2 / 3, 10 / 3, 1e-7, 1e-4, 123456789012345678.0, 1.0e15, 1e16, 12345.6789e10, -0.0, 5e-324)
print(int('42'), int('-0x1f', 16), int('1_000_000'), float('3.14'), float('-inf'), float('1e500'), int(3.99), int(-3.99))
print(bin(42), oct(42), hex(42), f'{42:08b}', f'{255:#06x}', f'{3:03d}', f'{-3:03d}', f'{3.5:06.2f}')
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(2.675, 2), round(1234, -2))
print(math.pi, math.e, math.sqrt(2), math.sqrt(16), math.hypot(3, 4), math.factorial(20), math.gcd(48, 18), math.log(100, 10))
print(math.sin(math.pi / 6), math.cos(math.pi / 3), math.atan2(1, 1) * 4, math.degrees(math.pi / 4), math.radians(90))
print(math.exp(1), math.log(math.e), math.log2(1024), math.log10(0.001), math.pow(2, 10), 10 ** 6, 10.0 ** 6, 1.1 ** 2)
balance = 1000.0
for year in range(1, 6):
    balance *= 1.05
    print(year, balance, round(balance, 2), f'{balance:10.2f}', '%8.3f' % balance)
print(sum([0.1] * 10), math.fsum([0.1] * 10), sum(range(101)) / 101, max(1, 2.5, -3), min([3.5, 2, 10]), abs(-2.5))
print(2 ** 100, 2.0 ** 100, float(2 ** 100), 10 ** 20 / 3, 10 ** 20 // 3, (10 ** 20) % 7, -(10 ** 20) // 7)
print(3 * 0.1, 0.1 * 3, 1 - 0.9, 100 * 1.1, 0.57 * 100, int(0.57 * 100), round(0.57 * 100), 4.35 * 100)
