# re warns (FutureWarning) about sets a future Python may read differently: a '[' opening a set, and a doubled
# '-', '&', '~' or '|' after the set's first item. The warning names the line that called re.
import re
import warnings

print(re.compile('[[a]').pattern)
print(re.findall('[%--]', 'a-b+'), re.findall('[a-b--]', 'a-b'))
print(re.search('[a&&b]', 'x&').group(), re.match('[a||b]', '|').group(), re.sub('[x~~]', '!', 'a~x'))
print(re.findall('[~~]', '~'), re.findall('[^[x]', 'x['), re.findall(r'[\[&&]+', '[&'))
for attempt in range(3):
    re.purge()
    re.compile('(a)([x||y])')

def compile_quietly(pattern):
    return re.compile(pattern)

compile_quietly('((([a&&b])))')
try:
    re.compile('[[a')
except re.error as e:
    print('error:', e)
with warnings.catch_warnings(record=True) as seen:
    warnings.simplefilter('always')
    re.compile('[x~~y[[]')
    re.compile(b'[[q]')
print([(w.category.__name__, str(w.message)) for w in seen])
warnings.simplefilter('error')
try:
    re.compile('[q||r]')
except FutureWarning as e:
    print('raised:', e)
