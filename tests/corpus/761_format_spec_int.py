# format() / f-strings / str.format for ints: fill, align, sign, #, 0, width, grouping, types, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

n = 1234567
for spec in ['', 'd', '10', '<10', '>10', '^10', '=10', '*^11', '+', '-', ' ', '+10', '=+10', '010', '+010',
             ',', '_', '15,', '015,', '015_', '0=15,', 'x', 'X', '#x', '#X', '#o', '#b', 'b', 'o', '_b', '_x',
             '#_x', '012_b', '#012x', '#012_x', 'n', 'c', 'e', 'E', 'f', '.2f', 'g', '%', '.1%', ',.2f', 'z', 's',
             '.2', 'F', '<+10', '^+11', 'x<10', '0<10', '0^10', '010x', '#010b', '=^10', '1', '0', '00', '05,d',
             '09,', '08,', '0100,', '#10o', ' 010', ' x', '+#x']:
    t(repr(spec), lambda: format(n, spec))
for v in [0, -1, -1234567, 255, -255, 10**25, -10**25, True, False]:
    for spec in ['', '+', ' ', '010', ',', '_x', '#x', '#010b', 'c', '.3e', '08.2f', '^12,', 'n']:
        t(repr(v) + ' ' + repr(spec), lambda: format(v, spec))
t('c big', lambda: format(0x110000, 'c'))
t('c neg', lambda: format(-1, 'c'))
t('c sign', lambda: format(65, '+c'))
t('c alt', lambda: format(65, '#c'))
t('c width', lambda: format(65, '>5c'))
t('comma and underscore', lambda: format(1, ',_'))
t('underscore comma', lambda: format(1, '_,'))
t('comma x', lambda: format(1, ',x'))
t('comma b', lambda: format(1, ',b'))
t('comma n', lambda: format(1, ',n'))
t('comma c', lambda: format(1, ',c'))
t('missing prec', lambda: format(1, '.'))
t('invalid', lambda: format(1, 'abc'))
t('invalid2', lambda: format(1, '10.2.3'))
t('z int', lambda: format(1, 'zd'))
t('prec int', lambda: format(1, '.2d'))
t('big width', lambda: format(1, '30'))
t('fstring', lambda: f'{n:>+12,}|{n:#x}|{-n:_}')
t('str.format', lambda: '{:08.3f} {:,} {:x}'.format(3.14159, 10**9, 255))
t('nested', lambda: '{:{w}.{p}f}'.format(3.14159, w=10, p=2))
t('bool d', lambda: format(True, 'd'))
t('bool s', lambda: format(True, 's'))
t('bool empty', lambda: format(True, ''))
t('bool 5', lambda: format(True, '5'))
t('bool x', lambda: format(True, '#x'))
t('int s', lambda: format(5, 's'))
t('int unknown', lambda: format(5, 'y'))
t('int unicode', lambda: format(5, '\u00e9'))
t('fill unicode', lambda: format(5, '\u00e9^7'))
