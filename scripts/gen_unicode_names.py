#!/usr/bin/env python3
"""Writes src/python/modules/unicodedata/nameTable.ts: the Unicode character names of CPython 3.11 (Unicode 14.0).

Run once with CPython 3.11: `python3 scripts/gen_unicode_names.py`. Names come from unicodedata.name for every
code point. Names made from the code point in hex (`CJK COMPATIBILITY IDEOGRAPH-F900`) are written as ranges;
CJK unified ideographs and Hangul syllables are computed at run time, as CPython does. The rest are written as
word numbers into a word list (words by frequency): each number a run of digits of ALPHABET, digits past
TERMINAL continuing it (base 32), one below TERMINAL ending it (base TERMINAL). A name is its code point's gap
from the previous named one, then its words; names are separated by spaces.
Formal name aliases (NameAliases.txt: \\N{...} and unicodedata.lookup accept them) are the list below, each
checked against python3's unicodedata.lookup.
"""
import collections
import re
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "python" / "modules" / "unicodedata" / "nameTable.ts"
ALPHABET = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) not in "'\\")
TERMINAL = 60

# NameAliases.txt (code point, alias) apart from the control-character aliases, which are generated below.
ALIASES = """
0080 PADDING CHARACTER;PAD
0081 HIGH OCTET PRESET;HOP
0082 BREAK PERMITTED HERE;BPH
0083 NO BREAK HERE;NBH
0084 INDEX;IND
0085 NEXT LINE;NEL
0086 START OF SELECTED AREA;SSA
0087 END OF SELECTED AREA;ESA
0088 CHARACTER TABULATION SET;HORIZONTAL TABULATION SET;HTS
0089 CHARACTER TABULATION WITH JUSTIFICATION;HORIZONTAL TABULATION WITH JUSTIFICATION;HTJ
008A LINE TABULATION SET;VERTICAL TABULATION SET;VTS
008B PARTIAL LINE FORWARD;PARTIAL LINE DOWN;PLD
008C PARTIAL LINE BACKWARD;PARTIAL LINE UP;PLU
008D REVERSE LINE FEED;REVERSE INDEX;RI
008E SINGLE SHIFT TWO;SINGLE-SHIFT-2;SS2
008F SINGLE SHIFT THREE;SINGLE-SHIFT-3;SS3
0090 DEVICE CONTROL STRING;DCS
0091 PRIVATE USE ONE;PRIVATE USE-1;PU1
0092 PRIVATE USE TWO;PRIVATE USE-2;PU2
0093 SET TRANSMIT STATE;STS
0094 CANCEL CHARACTER;CCH
0095 MESSAGE WAITING;MW
0096 START OF GUARDED AREA;START OF PROTECTED AREA;SPA
0097 END OF GUARDED AREA;END OF PROTECTED AREA;EPA
0098 START OF STRING;SOS
0099 SINGLE GRAPHIC CHARACTER INTRODUCER;SGC
009A SINGLE CHARACTER INTRODUCER;SCI
009B CONTROL SEQUENCE INTRODUCER;CSI
009C STRING TERMINATOR;ST
009D OPERATING SYSTEM COMMAND;OSC
009E PRIVACY MESSAGE;PM
009F APPLICATION PROGRAM COMMAND;APC
00A0 NBSP
00AD SHY
01A2 LATIN CAPITAL LETTER GHA
01A3 LATIN SMALL LETTER GHA
034F CGJ
061C ALM
0709 SYRIAC SUBLINEAR COLON SKEWED LEFT
0CDE KANNADA LETTER LLLA
0E9D LAO LETTER FO FON
0E9F LAO LETTER FO FAY
0EA3 LAO LETTER RO
0EA5 LAO LETTER LO
0FD0 TIBETAN MARK BKA- SHOG GI MGO RGYAN
11EC HANGUL JONGSEONG YESIEUNG-KIYEOK
11ED HANGUL JONGSEONG YESIEUNG-SSANGKIYEOK
11EE HANGUL JONGSEONG SSANGYESIEUNG
11EF HANGUL JONGSEONG YESIEUNG-KHIEUKH
180B FVS1
180C FVS2
180D FVS3
180E MVS
180F FVS4
200B ZWSP
200C ZWNJ
200D ZWJ
200E LRM
200F RLM
202A LRE
202B RLE
202C PDF
202D LRO
202E RLO
202F NNBSP
205F MMSP
2060 WJ
2066 LRI
2067 RLI
2068 FSI
2069 PDI
2118 WEIERSTRASS ELLIPTIC FUNCTION
2448 MICR ON US SYMBOL
2449 MICR DASH SYMBOL
2B7A LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
2B7C RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE
A015 YI SYLLABLE ITERATION MARK
FE18 PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET
FEFF BYTE ORDER MARK;BOM;ZWNBSP
122D4 CUNEIFORM SIGN NU11 TENU
122D5 CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR
16E56 MEDEFAIDRIN CAPITAL LETTER H
16E57 MEDEFAIDRIN CAPITAL LETTER NG
16E76 MEDEFAIDRIN SMALL LETTER H
16E77 MEDEFAIDRIN SMALL LETTER NG
1B001 HENTAIGANA LETTER E-1
1D0C5 BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS
"""

CONTROL_ALIASES = [
    "NULL;NUL", "START OF HEADING;SOH", "START OF TEXT;STX", "END OF TEXT;ETX", "END OF TRANSMISSION;EOT",
    "ENQUIRY;ENQ", "ACKNOWLEDGE;ACK", "ALERT;BEL", "BACKSPACE;BS",
    "CHARACTER TABULATION;HORIZONTAL TABULATION;HT;TAB", "LINE FEED;NEW LINE;END OF LINE;LF;NL;EOL",
    "LINE TABULATION;VERTICAL TABULATION;VT", "FORM FEED;FF", "CARRIAGE RETURN;CR", "SHIFT OUT;LOCKING-SHIFT ONE;SO",
    "SHIFT IN;LOCKING-SHIFT ZERO;SI", "DATA LINK ESCAPE;DLE", "DEVICE CONTROL ONE;DC1", "DEVICE CONTROL TWO;DC2",
    "DEVICE CONTROL THREE;DC3", "DEVICE CONTROL FOUR;DC4", "NEGATIVE ACKNOWLEDGE;NAK", "SYNCHRONOUS IDLE;SYN",
    "END OF TRANSMISSION BLOCK;ETB", "CANCEL;CAN", "END OF MEDIUM;EOM", "SUBSTITUTE;SUB", "ESCAPE;ESC",
    "INFORMATION SEPARATOR FOUR;FILE SEPARATOR;FS", "INFORMATION SEPARATOR THREE;GROUP SEPARATOR;GS",
    "INFORMATION SEPARATOR TWO;RECORD SEPARATOR;RS", "INFORMATION SEPARATOR ONE;UNIT SEPARATOR;US",
]


def aliases():
    pairs = [(cp, a) for cp, line in enumerate(CONTROL_ALIASES) for a in line.split(";")]
    pairs += [(0x20, "SP"), (0x7F, "DELETE"), (0x7F, "DEL")]
    for line in ALIASES.strip().splitlines():
        cp, names = line.split(" ", 1)
        pairs += [(int(cp, 16), a) for a in names.split(";")]
    pairs += [(0xFE00 + i, f"VS{i + 1}") for i in range(16)] + [(0xE0100 + i, f"VS{i + 17}") for i in range(240)]
    kept = []
    for cp, alias in pairs:
        try:
            ok = unicodedata.lookup(alias) == chr(cp)
        except KeyError:
            ok = False
        if ok:
            kept.append((cp, alias))
        else:
            print(f"warning: python3 does not know alias {alias!r} of U+{cp:04X}", file=sys.stderr)
    return kept


def number(n):
    high, low = divmod(n, TERMINAL)
    digits = ""
    while high:
        high, d = divmod(high, 32)
        digits = ALPHABET[TERMINAL + d] + digits
    return digits + ALPHABET[low]


def main():
    if sys.version_info[:2] != (3, 11):
        print(f"warning: expected CPython 3.11, running {sys.version.split()[0]}", file=sys.stderr)
    hex_runs = collections.defaultdict(list)
    names = []
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name is None or name.startswith(("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE ")):
            continue
        m = re.fullmatch(r"(.*-)([0-9A-F]{4,6})", name)
        if m and int(m.group(2), 16) == cp:
            runs = hex_runs[m.group(1)]
            if runs and runs[-1][1] == cp:
                runs[-1][1] = cp + 1
            else:
                runs.append([cp, cp + 1])
            continue
        names.append((cp, name))
    counts = collections.Counter(w for _, n in names for w in n.split(" "))
    words = [w for w, _ in counts.most_common()]
    index = {w: i for i, w in enumerate(words)}
    entries = []
    prev = -1
    for cp, name in names:
        entries.append(number(cp - prev - 1) + "".join(number(index[w]) for w in name.split(" ")))
        prev = cp
    ranges = ";".join(prefix + "," + ",".join(f"{a:x}-{b:x}" for a, b in runs) for prefix, runs in hex_runs.items())
    alias_text = ";".join(f"{cp:x}:{a}" for cp, a in aliases())
    lines = [
        "// Generated by scripts/gen_unicode_names.py from CPython "
        + sys.version.split()[0]
        + f" (Unicode {unicodedata.unidata_version}): do not edit.",
        "",
        f"export const UNIDATA_VERSION = '{unicodedata.unidata_version}';",
        f"export const NAME_ALPHABET = '{ALPHABET}';",
        f"export const NAME_TERMINAL = {TERMINAL};",
        "/** The words of the names, most frequent first. */",
        f"export const NAME_WORDS = '{' '.join(words)}';",
        "/** Per named code point: its gap from the previous one, then its word numbers; space-separated. */",
        f"export const NAMES = '{' '.join(entries)}';",
        "/** Names PREFIX + the code point in hex: `PREFIX,first-end,...` (hex, end exclusive), `;`-separated. */",
        f"export const HEX_NAMED_RANGES = '{ranges}';",
        "/** Formal name aliases: `cp:ALIAS` (cp in hex), `;`-separated. */",
        f"export const NAME_ALIASES = '{alias_text}';",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
