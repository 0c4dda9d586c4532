# format() for floats: every type, precision, grouping, alignment, signs, z, inf/nan, big values.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 2.675, 0.125, 0.375, 1e16, 1e21, 1.5e22, 123456789.987654321,
        1e-5, 0.0001, 5e-324, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan'), 1e100, 0.5, 2.5,
        1234.5, 999.9999, 9.9999e-5, 100.0]
specs = ['', '.0', '.1', '.3', '.17', 'f', '.0f', '.1f', '.2f', '.3f', 'F', 'e', '.0e', '.2e', 'E', 'g', '.0g', '.1g',
         '.2g', '.10g', 'G', '#g', '#.3g', '#.0f', '#.0e', '%', '.0%', '.2%', ',', ',.2f', '_.3f', '015,.2f', '+',
         ' ', '+.3e', '=+12.3f', '^12.3g', '*<12g', '012', '012.3e', 'z.1f', 'z', 'zg', 'n', '.3n', '10', '<10',
         ',g', ',e', '_%', '#', '#.3', ',.0f', '.25f', '.25e', '.25g', '#.25g']
for v in vals:
    print('---', repr(v))
    for s in specs:
        t(repr(s), lambda: format(v, s))
t('c', lambda: format(1.5, 'c'))
t('d', lambda: format(1.5, 'd'))
t('x', lambda: format(1.5, 'x'))
t('s', lambda: format(1.5, 's'))
t('comma n', lambda: format(1.5, ',n'))
t('f-string', lambda: f'{3.14159:10.3f}|{2.5:<8}|{-0.0:+}|{1e21:,.0f}|{1e22:.1f}')
t('big .3f', lambda: format(1e300, '.3f'))
t('huge prec', lambda: format(0.1, '.100f'))
t('huge prec e', lambda: format(1/3, '.60e'))
t('inf %', lambda: format(float('inf'), '%'))
t('nan %', lambda: format(float('-nan'), '%'))
t('inf 010', lambda: format(float('inf'), '010'))
t('inf 010,', lambda: format(float('-inf'), '010,'))
t('nan +', lambda: format(float('nan'), '+'))
t('int as float', lambda: format(10**20, '.2f'))
t('int e', lambda: format(12345, 'e'))
t('int %', lambda: format(3, '%'))
t('int g', lambda: format(10**17, 'g'))
t('int too big', lambda: format(10**400, 'f'))
t('z neg zero', lambda: format(-0.0001, 'z.2f'))
t('z neg e', lambda: format(-0.0, 'ze'))
t('z 0 pad', lambda: format(-0.0, 'z08.2f'))
