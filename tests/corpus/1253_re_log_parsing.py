# Parsing log lines with a verbose pattern, groupdict, and counting what was found.
import re
from collections import Counter

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 0.012s
2024-03-01 12:00:02 WARN  [db] slow query took 1.5s
2024-03-01 12:00:03 ERROR [web] GET /missing 404 0.003s
garbage line here
2024-03-01 12:00:04 INFO  [web] POST /api/items 201 0.120s
2024-03-01 12:00:05 ERROR [auth] token expired for user=alice
"""

LINE = re.compile(r"""
    ^(?P<date>\d{4}-\d{2}-\d{2})\s
    (?P<time>\d{2}:\d{2}:\d{2})\s
    (?P<level>[A-Z]+)\s+
    \[(?P<source>\w+)\]\s
    (?P<message>.*)$
""", re.VERBOSE | re.MULTILINE)

REQUEST = re.compile(r'(?P<method>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<secs>[\d.]+)s')

levels = Counter()
for m in LINE.finditer(LOG):
    d = m.groupdict()
    levels[d['level']] += 1
    r = REQUEST.fullmatch(d['message'])
    if r:
        print(d['time'], r['method'], r['path'], int(r['status']), float(r['secs']))
    else:
        print(d['time'], d['level'], d['source'], repr(d['message']))
print(sorted(levels.items()))
print(len(LINE.findall(LOG)), LINE.findall(LOG)[0])
bad = [line for line in LOG.splitlines() if not LINE.match(line)]
print(bad)
users = re.findall(r'user=(\w+)', LOG)
durations = [float(x) for x in re.findall(r'(\d+\.\d+)s\b', LOG)]
print(users, durations, round(sum(durations), 3))
print(re.sub(r'\d{2}:\d{2}:\d{2}', 'HH:MM:SS', LOG.splitlines()[0]))
