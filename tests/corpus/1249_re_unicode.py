# Unicode text: \w \d \s and \b over letters beyond ASCII, case-insensitive matching, astral characters.
import re

text = 'Ünïcödé naïve café Ωμέγα 日本語 x_1 ٣٤ ①②'
print(re.findall(r'\w+', text))
print(re.findall(r'\w+', text, re.ASCII))
print(re.findall(r'\d+', text), re.findall(r'\d+', text, re.A))
print(re.findall(r'\b\w', text))
print(re.split(r'\s+', 'a\u00a0b\u2003c\u3000d\te\x1cf'))
print(re.findall(r'\S+', 'a\u00a0b\u2003c'))
print(re.findall('ω', 'ΩωΩ', re.I), re.findall('[α-ω]+', 'ΑΒΓ αβγ', re.I))
print(re.findall('é', 'ÉéE', re.I), re.fullmatch('CAFÉ', 'café', re.I) is not None)
s = 'a😀b🎉c'
print(len(s), [m.span() for m in re.finditer(r'\W', s)], re.sub('[😀🎉]', '*', s))
print(re.search('b', s).span(), re.match('.{3}', s).group(), re.findall('.', s))
print(re.split('😀', s), re.search('c$', s).start())
print(re.escape('día ☃ 😀'), re.findall('[☃-☄]', 'x☃y☄'))
print(re.findall(r'[^\W\d_]+', 'abc_123 déf9'))
print(re.match(r'\x41\u00e9\U0001F600', 'Aé😀').group())
