// time.strftime, asctime and ctime: glibc's conversions in the C locale, for the tuples gettmarg accepts.

import { NativeRaise, argTypeName } from '../errors';
import { PyObject } from '../runtime/object';
import { PyStr } from '../runtime/objects';
import { newStr } from '../runtime/factory';
import { isLeap, localZoneName, mktime, type CTime } from './timeStruct';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, width: number, fill = '0'): string => {
  const s = String(Math.abs(n)).padStart(width, fill);
  return n < 0 ? '-' + s : s;
};

/** asctime's format: "Thu Jan  1 00:00:00 1970". */
export function asctimeText(t: CTime): string {
  return `${DAYS[t.wday].slice(0, 3)} ${MONTHS[t.mon].slice(0, 3)}${String(t.mday).padStart(3)} ${pad(t.hour, 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)} ${t.year}`;
}

/** ISO 8601 week-based year and week (glibc's iso_week_days). */
function isoWeek(t: CTime): [number, number] {
  const isoWeekDays = (yday: number, wday: number) => yday - ((yday - wday + 382) % 7) + 3;
  let year = t.year;
  let days = isoWeekDays(t.yday, t.wday);
  if (days < 0) {
    year--;
    days = isoWeekDays(t.yday + (isLeap(year) ? 366 : 365), t.wday);
  } else {
    const next = isoWeekDays(t.yday - (isLeap(year) ? 366 : 365), t.wday);
    if (next >= 0) {
      year++;
      days = next;
    }
  }
  return [year, Math.floor(days / 7) + 1];
}

/** One conversion's digits and default padding, or text; null for a conversion glibc does not know. */
function convert(t: CTime, c: string, nowSeconds: number): { n: number; width: number; fill: string } | string | null {
  const hour12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  switch (c) {
    case 'a': return DAYS[t.wday].slice(0, 3);
    case 'A': return DAYS[t.wday];
    case 'b': case 'h': return MONTHS[t.mon].slice(0, 3);
    case 'B': return MONTHS[t.mon];
    case 'c': return asctimeText(t);
    case 'C': return { n: Math.floor(t.year / 100), width: 1, fill: '0' };
    case 'd': return { n: t.mday, width: 2, fill: '0' };
    case 'D': return `${pad(t.mon + 1, 2)}/${pad(t.mday, 2)}/${pad(((t.year % 100) + 100) % 100, 2)}`;
    case 'e': return { n: t.mday, width: 2, fill: ' ' };
    case 'F': return `${t.year < 0 ? '-' : ''}${String(Math.abs(t.year))}-${pad(t.mon + 1, 2)}-${pad(t.mday, 2)}`;
    case 'G': return { n: isoWeek(t)[0], width: 1, fill: '0' };
    case 'g': return { n: ((isoWeek(t)[0] % 100) + 100) % 100, width: 2, fill: '0' };
    case 'H': return { n: t.hour, width: 2, fill: '0' };
    case 'I': return { n: hour12, width: 2, fill: '0' };
    case 'j': return { n: t.yday + 1, width: 3, fill: '0' };
    case 'k': return { n: t.hour, width: 2, fill: ' ' };
    case 'l': return { n: hour12, width: 2, fill: ' ' };
    case 'm': return { n: t.mon + 1, width: 2, fill: '0' };
    case 'M': return { n: t.min, width: 2, fill: '0' };
    case 'n': return '\n';
    case 'p': return t.hour < 12 ? 'AM' : 'PM';
    case 'P': return t.hour < 12 ? 'am' : 'pm';
    case 'r': return `${pad(hour12, 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)} ${t.hour < 12 ? 'AM' : 'PM'}`;
    case 'R': return `${pad(t.hour, 2)}:${pad(t.min, 2)}`;
    case 's': return String(Math.floor(mktime(t)));
    case 'S': return { n: t.sec, width: 2, fill: '0' };
    case 't': return '\t';
    case 'T': return `${pad(t.hour, 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)}`;
    case 'u': return { n: t.wday === 0 ? 7 : t.wday, width: 1, fill: '0' };
    case 'U': return { n: Math.floor((t.yday - t.wday + 7) / 7), width: 2, fill: '0' };
    case 'V': return { n: isoWeek(t)[1], width: 2, fill: '0' };
    case 'w': return { n: t.wday, width: 1, fill: '0' };
    case 'W': return { n: Math.floor((t.yday - ((t.wday - 1 + 7) % 7) + 7) / 7), width: 2, fill: '0' };
    case 'x': return `${pad(t.mon + 1, 2)}/${pad(t.mday, 2)}/${pad(((t.year % 100) + 100) % 100, 2)}`;
    case 'X': return `${pad(t.hour, 2)}:${pad(t.min, 2)}:${pad(t.sec, 2)}`;
    case 'y': return { n: ((t.year % 100) + 100) % 100, width: 2, fill: '0' };
    case 'Y': return { n: t.year, width: 1, fill: '0' };
    case 'z': return ''; // formatted by zoneOffset (its padding is its own)
    case 'Z': return t.isdst < 0 ? '' : t.zone ?? localZoneName(t.isdst, nowSeconds);
    case '%': return '%';
    default: return null;
  }
}

/** %z: sign and hhmm, which glibc pads inside (to the width, at least 4) and then again outside. */
function zoneOffset(t: CTime, flag: string, width: string): string {
  if (t.isdst < 0) return '';
  const off = Math.abs(t.gmtoff);
  const sign = t.gmtoff < 0 ? '-' : '+';
  const hhmm = String(Math.floor(off / 3600) * 100 + Math.floor((off % 3600) / 60));
  if (!width) {
    if (flag.includes('-')) return sign + hhmm;
    return sign + hhmm.padStart(4, flag.includes('_') ? ' ' : '0');
  }
  const w = Number(width);
  const inner = flag.includes('-') ? hhmm.padStart(w, ' ') : hhmm.padStart(Math.max(w, 4), flag.includes('_') ? ' ' : '0');
  return ''.padStart(w - 1, flag.includes('0') ? '0' : ' ') + sign + inner;
}

/** The conversions whose letters '#' turns to upper case (and %p, %Z, to lower). */
const HASH_UPPER = 'aAbBh';

/** glibc's strftime: flags (- _ 0 ^ #), a width, the E and O modifiers, then the conversion. */
export function strftimeText(format: string, t: CTime, nowSeconds: number): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch !== '%') {
      out += ch;
      continue;
    }
    const start = i;
    let j = i + 1;
    let flag = '';
    while (j < format.length && '-_0^#'.includes(format[j])) flag += format[j++];
    let width = '';
    while (j < format.length && format[j] >= '0' && format[j] <= '9') width += format[j++];
    while (j < format.length && (format[j] === 'E' || format[j] === 'O')) j++;
    const textFill = flag.includes('0') ? '0' : ' ';
    if (j >= format.length) {
      // A conversion cut off by the end: copied, padded like text.
      const echo = format.slice(start);
      out += width ? echo.padStart(Number(width), textFill) : echo;
      break;
    }
    const c = format[j];
    i = j;
    if (c === 'z') {
      out += zoneOffset(t, flag, width);
      continue;
    }
    const r = convert(t, c, nowSeconds);
    if (r === null) {
      // Not a conversion: glibc copies it, padded and upper-cased like text.
      let echo = format.slice(start, j + 1);
      if (flag.includes('^')) echo = echo.toUpperCase();
      out += width ? echo.padStart(Number(width), textFill) : echo;
      continue;
    }
    let text: string;
    if (typeof r === 'string') {
      text = r;
      if (c === 'P') {
        // %P is lower case whatever the flags.
      } else if (flag.includes('#') && (c === 'p' || c === 'Z')) text = text.toLowerCase();
      else if (flag.includes('^') || (flag.includes('#') && HASH_UPPER.includes(c))) text = text.toUpperCase();
      if (width) text = text.padStart(Number(width), textFill);
    } else {
      const digits = String(Math.abs(r.n));
      const sign = r.n < 0 ? '-' : '';
      let fill: string;
      let w: number;
      if (width) {
        w = Number(width);
        fill = flag.includes('0') ? '0' : flag.includes('_') || flag.includes('-') ? ' ' : r.fill;
      } else {
        w = flag.includes('-') ? 0 : r.width;
        fill = flag.includes('_') ? ' ' : flag.includes('0') ? '0' : r.fill;
      }
      text = fill === '0' ? sign + digits.padStart(w - sign.length, '0') : (sign + digits).padStart(w, ' ');
    }
    out += text;
  }
  return out;
}

/** strftime's first argument. */
export function formatArgument(o: PyObject): string {
  if (!(o instanceof PyStr)) throw new NativeRaise('TypeError', `strftime() argument 1 must be str, not ${argTypeName(o)}`);
  if (o.value.includes('\0')) throw new NativeRaise('ValueError', 'embedded null character');
  return o.value;
}

/** strftime's range adjustments after checktm (isdst clamped to -1..1). */
export function strftimeResult(format: string, t: CTime, nowSeconds: number): PyObject {
  if (t.isdst < -1) t.isdst = -1;
  else if (t.isdst > 1) t.isdst = 1;
  return newStr(strftimeText(format, t, nowSeconds));
}
