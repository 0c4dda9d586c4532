# Lookahead, lookbehind, atomic groups and possessive repeats (new in 3.11), and backreferences.
import re

print(re.findall(r'\d+(?= dollars)', '10 dollars, 20 euros, 30 dollars'))
print(re.findall(r'\d+(?! dollars)\b', '10 dollars, 20 euros, 30 dollars'))
print(re.findall(r'(?<=#)\w+', 'tags: #python #re not#this'))
print(re.findall(r'(?<![#\w])\w+', 'tags: #python #re not#this'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.findall(r'\b(\w+)\s+\1\b', 'the the cat sat sat on the mat'))
print(re.search(r'(?P<q>["\']).*?(?P=q)', 'a "quoted \'mix\'" b').group())
print(re.match(r'(?>\d+)5', '12345'), re.match(r'\d+5', '12345'))
print(re.match(r'\d++5', '12345'), re.match(r'\d*+x', '123x'))
print(re.match(r'a?+a', 'a'), re.match(r'(?:ab){1,2}+b', 'ababb'))
print(re.findall(r'(?>a|ab)c', 'abc ac'))
print(re.match(r'(a)(?=(b))', 'ab').groups(), re.match(r'(?<=(a))b', 'ab', ).group(0))
print(re.search(r'(?<=(a))b', 'ab').groups())
print(re.findall(r'(?<=\ba)\w', 'ab xa ac'))
for p in [r'(?<=a|bc)x', r'(?<=ab|cd)x', r'(?<=\d{2})x', r'(?<=a*)x', r'(?<!a{1,2})x', r'(a)(?<=\1)']:
    try:
        print(p, re.findall(p, 'abx cdx 12x aax'))
    except re.error as e:
        print(p, 'error:', e)
