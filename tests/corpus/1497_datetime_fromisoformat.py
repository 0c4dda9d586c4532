# datetime.fromisoformat: ISO 8601 dates, week dates, compact forms, fractions and UTC offsets, and its errors.
from datetime import date, datetime, time


def attempt(parse, text):
    try:
        print(repr(text), "->", repr(parse(text)))
    except (ValueError, TypeError) as error:
        print(repr(text), "->", type(error).__name__ + ":", error)


for text in ["2024-03-15T10:20:30Z", "2024-03-15T10:20:30+05:30", "2024-03-15 10:20:30-08:00", "2024-03-15T10:20:30.123+00:00",
             "2024-03-15T10:20:30.1", "2024-03-15T10:20:30.1234567", "20240315T102030", "2024-03-15T10", "2024-03-15T1020",
             "2024-03-15T10:20:30+0530", "2024-03-15T10:20:30+05", "2024-03-15T10:20:30+05:30:15", "2024-W11-5", "2024-03-15T",
             "2024-03-15X10:20", "2024-03-15T10:20:30,5", "2020-13-01", "2020-02-30T10:00", "2020-W54-1", "2024-03-15T10:20:30+5",
             "2024-03-15T10:20:30+24:00", "2024-03-15T10:20:30.", "2024-03-15T10:20:30.12a", "2024-03-15T10:2030", "2024-03",
             "2024-03-1", "2024W115T10", "2024W11", "2026-W53-1", "2015-W53-7", "2024-03-15T10:20:30-00:00"]:
    attempt(datetime.fromisoformat, text)
for text in ["2024-03-15", "20240315", "2024-W11-5", "2024W115", "2024-W11", "2024-075", "2024-0315", "2020-13-01", "2020-W01-8", ""]:
    attempt(date.fromisoformat, text)
for text in ["10:20:30Z", "10:20+01:00", "102030", "T10:20", "10:20:30.5", "25:00", "1", "10:2", "", "10:20:30.123456-03:30"]:
    attempt(time.fromisoformat, text)
moment = datetime.fromisoformat("2024-03-15T10:20:30+05:30")
print(moment.utcoffset(), moment.tzname(), moment.isoformat(), datetime.fromisoformat(moment.isoformat()) == moment)
print(moment.astimezone(datetime.fromisoformat("2024-01-01T00:00Z").tzinfo), moment.timestamp())
attempt(datetime.fromisoformat, None)
