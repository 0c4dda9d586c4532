// time.struct_time (a struct sequence: a tuple of 9 visible fields with tm_zone and tm_gmtoff behind them)
// and the conversions between seconds and broken-down time: gmtime, localtime, mktime, the time zone.

import { NativeRaise } from '../errors';
import { PyObject } from '../runtime/object';
import { PyBool, PyFloat, PyInt, PyList, PyNone, PyStr, PyTuple } from '../runtime/objects';
import type { FreeListKind } from '../runtime/freeLists';
import { PyType } from '../runtime/types';
import { T } from '../runtime/builtinTypes';
import { activeHeap, decref, incref } from '../runtime/heap';
import { newInt, newNone, newStr } from '../runtime/factory';
import { big } from '../runtime/intMath';
import { indexOf } from '../runtime/ops/numbers';
import { repr } from '../runtime/ops/repr';
import { setTypeAttribute } from '../builtins/define';
import { defineGetSets } from '../builtins/slotWrappers';
import { nativeType, once } from './nativeType';
import type { VM } from '../vm/vm';

export const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];
const HIDDEN_FIELDS = ['tm_zone', 'tm_gmtoff'];

export class PyStructTime extends PyTuple {
  constructor(type: PyType, items: PyObject[], public hidden: PyObject[]) {
    super(type, items);
  }
  /** structseq_dealloc frees the object itself: no tuple free list. */
  override get freeListKind(): FreeListKind {
    return '';
  }
  /** Struct sequence types are heap types: each instance holds its type (which traverse reports). */
  private holdsType = true;
  override traverse(visit: (t: PyObject, label: string) => void): void {
    if (this.holdsType) visit(this.type, '__class__');
    super.traverse(visit);
    this.hidden.forEach((o, i) => visit(o, HIDDEN_FIELDS[i]));
  }
  override forEachReference(visit: (t: PyObject) => void): void {
    if (this.holdsType) visit(this.type);
    super.forEachReference(visit);
    for (const o of this.hidden) visit(o);
  }
  override clear(release: (t: PyObject) => void): void {
    const hidden = this.hidden;
    this.hidden = [];
    for (let i = hidden.length - 1; i >= 0; i--) release(hidden[i]);
    super.clear(release);
    if (this.holdsType) {
      this.holdsType = false;
      release(this.type);
    }
  }
}

/** A broken-down time as the C library has it, with Python's conventions for the month, weekday, yearday. */
export interface BrokenDown {
  year: number;
  /** 1-12. */
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  /** 0 = Monday. */
  wday: number;
  /** 1-366. */
  yday: number;
  isdst: number;
  zone: string | null;
  gmtoff: number | null;
}

/** A new struct_time of borrowed-free values; gmtime's and localtime's results are not gc-tracked. */
export function newStructTime(t: BrokenDown): PyStructTime {
  const items = [t.year, t.mon, t.mday, t.hour, t.min, t.sec, t.wday, t.yday, t.isdst].map((v) => newInt(v));
  const hidden = [t.zone === null ? newNone() : newStr(t.zone), t.gmtoff === null ? newNone() : newInt(t.gmtoff)];
  return activeHeap().register(new PyStructTime(incref(structTimeType()), items, hidden));
}

/** structseq_new: struct_time(sequence[, dict]) from 9 to 11 items. */
function structTimeNew(vm: VM, args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  const seq = args[0] ?? kwargs?.get('sequence');
  if (!seq) throw new NativeRaise('TypeError', "structseq() missing required argument 'sequence' (pos 1)");
  let items: PyObject[];
  if (seq instanceof PyTuple || seq instanceof PyList) items = seq.items.slice();
  else if (seq instanceof PyStr) items = [...seq.value].map((c) => newStr(c));
  else throw new NativeRaise('TypeError', 'constructor requires a sequence');
  const owned = seq instanceof PyStr;
  const fail = (message: string): never => {
    if (owned) for (const o of items) decref(o);
    throw new NativeRaise('TypeError', message);
  };
  if (items.length < 9) fail(`time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
  if (items.length > 11) fail(`time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
  if (!owned) items.forEach((o) => incref(o));
  const hidden = items.slice(9);
  while (hidden.length < 2) hidden.push(newNone());
  const t = activeHeap().register(new PyStructTime(incref(structTimeType()), items.slice(0, 9), hidden));
  activeHeap().track(t);
  return t;
}

export const structTimeType = once((): PyType => {
  const type = nativeType('struct_time', 'time', {
    base: T.tuple,
    slots: {
      repr: (vm, o) => {
        const items = (o as PyStructTime).items;
        return `time.struct_time(${FIELDS.map((f, i) => `${f}=${repr(vm, items[i])}`).join(', ')})`;
      },
      sizeof: () => 112,
    },
  });
  type.nativeNew = structTimeNew;
  // The fields are member descriptors (readonly), as PyStructSequence_InitType makes them.
  const members: Record<string, (vm: VM, self: PyObject) => PyObject> = {};
  FIELDS.forEach((name, i) => (members[name] = (_vm, self) => incref((self as PyStructTime).items[i])));
  HIDDEN_FIELDS.forEach((name, i) => (members[name] = (_vm, self) => incref((self as PyStructTime).hidden[i])));
  defineGetSets(type, members, true);
  setTypeAttribute(type, 'n_fields', newInt(11));
  setTypeAttribute(type, 'n_sequence_fields', newInt(9));
  setTypeAttribute(type, 'n_unnamed_fields', newInt(0));
  return type;
});

// ----- seconds to broken-down time -----

const DAY = 86400;
/** The years a C int tm_year holds (year - 1900). */
const MIN_YEAR = -2147483648 + 1900, MAX_YEAR = 2147483647 + 1900;

/** Howard Hinnant's days_from_civil inverse: the proleptic Gregorian date of a day number (0 = 1970-01-01). */
function civilFromDays(z: number): [number, number, number] {
  z += 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

export function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The UTC broken-down time of whole seconds since the epoch, shifted by `offset` seconds. */
function breakDown(seconds: number, offset: number, isdst: number, zone: string): BrokenDown {
  const s = seconds + offset;
  const days = Math.floor(s / DAY);
  const inDay = s - days * DAY;
  const [year, mon, mday] = civilFromDays(days);
  if (year < MIN_YEAR || year > MAX_YEAR) throw new NativeRaise('OverflowError', 'timestamp out of range for platform time_t');
  return {
    year, mon, mday,
    hour: Math.floor(inDay / 3600), min: Math.floor((inDay % 3600) / 60), sec: inDay % 60,
    wday: (((days + 3) % 7) + 7) % 7,
    yday: days - daysFromCivil(year, 1, 1) + 1,
    isdst, zone, gmtoff: offset,
  };
}

/** _PyTime_ObjectToTime_t with _PyTime_ROUND_FLOOR: seconds as an integer, or the current time for None. */
function timeArgument(vm: VM, o: PyObject | undefined, now: () => number): number {
  if (o === undefined || o instanceof PyNone) return now();
  if (o instanceof PyFloat) {
    if (Number.isNaN(o.value)) throw new NativeRaise('ValueError', 'Invalid value NaN (not a number)');
    const s = Math.floor(o.value);
    if (!(s >= -(2 ** 63) && s < 2 ** 63)) throw new NativeRaise('OverflowError', 'timestamp out of range for platform time_t');
    return s;
  }
  const v = big(indexOf(vm, o));
  if (v < -(1n << 63n) || v >= 1n << 63n) throw new NativeRaise('OverflowError', 'timestamp out of range for platform time_t');
  return Number(v);
}

export function gmtime(vm: VM, o: PyObject | undefined, now: () => number): PyObject {
  return newStructTime(breakDown(timeArgument(vm, o, now), 0, 0, 'GMT'));
}

export function localtime(vm: VM, o: PyObject | undefined, now: () => number): PyObject {
  const s = timeArgument(vm, o, now);
  const zone = localZone(s);
  return newStructTime(breakDown(s, zone.offset, zone.isdst, zone.name));
}

// ----- the local time zone, from the host -----

const JS_DATE_LIMIT = 8.64e15;

interface ZoneAt {
  /** Seconds east of UTC. */
  offset: number;
  isdst: number;
  name: string;
}

/** Locales whose short zone names are the usual abbreviations (en-US alone says GMT+1 for CET). */
const ZONE_LOCALES = ['en-US', 'en-GB', 'en-AU', 'en-IN', 'en-NZ', 'en-ZA', 'en-SG', 'en-IE', 'en-CA'];
const zoneFormatters: Intl.DateTimeFormat[] = [];
const zoneNames = new Map<number, string>();

function zoneName(date: Date): string {
  const offset = date.getTimezoneOffset();
  const known = zoneNames.get(offset);
  if (known !== undefined) return known;
  let name = 'UTC';
  try {
    if (zoneFormatters.length === 0) {
      for (const locale of ZONE_LOCALES) zoneFormatters.push(new Intl.DateTimeFormat(locale, { timeZoneName: 'short' }));
    }
    for (const formatter of zoneFormatters) {
      const found = formatter.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value;
      if (!found) continue;
      if (name === 'UTC' || !/^(GMT|UTC)[+-]/.test(found)) name = found;
      if (!/^(GMT|UTC)[+-]/.test(found)) break;
    }
  } catch {
    // No Intl: the offset's name stays UTC.
  }
  zoneNames.set(offset, name);
  return name;
}

/** The host's zone at an instant (instants beyond JavaScript dates use the nearest one). */
function localZone(seconds: number): ZoneAt {
  const ms = Math.max(-JS_DATE_LIMIT, Math.min(JS_DATE_LIMIT, seconds * 1000));
  const date = new Date(ms);
  const offset = -date.getTimezoneOffset() * 60;
  const std = standardOffset(date.getUTCFullYear());
  return { offset, isdst: offset !== std ? 1 : 0, name: zoneName(date) };
}

/** The standard (winter) offset of a year: the smaller of January's and July's. */
function standardOffset(year: number): number {
  const jan = -new Date(Date.UTC(year, 0, 1)).getTimezoneOffset() * 60;
  const jul = -new Date(Date.UTC(year, 6, 1)).getTimezoneOffset() * 60;
  return Math.min(jan, jul);
}

/** init_timezone: timezone, altzone, daylight and tzname from January and July of the current year. */
export function timeZoneConstants(nowSeconds: number): Record<string, PyObject> {
  const year = new Date(nowSeconds * 1000).getUTCFullYear();
  const janDate = new Date(Date.UTC(year, 0, 1)), julDate = new Date(Date.UTC(year, 6, 1));
  const jan = -janDate.getTimezoneOffset() * 60, jul = -julDate.getTimezoneOffset() * 60;
  const janName = zoneName(janDate), julName = zoneName(julDate);
  // Southern hemisphere: July is standard time.
  const [std, dst, stdName, dstName] = jan > jul ? [jul, jan, julName, janName] : [jan, jul, janName, julName];
  return {
    timezone: newInt(-std),
    altzone: newInt(-dst),
    daylight: newInt(std !== dst ? 1 : 0),
    tzname: newTupleOf([newStr(stdName), newStr(dstName)]),
  };
}

function newTupleOf(items: PyObject[]): PyTuple {
  const t = activeHeap().register(new PyTuple(T.tuple, items));
  activeHeap().track(t);
  return t;
}

/** The local zone's name for a broken-down time that has none (a plain tuple passed to strftime). */
export function localZoneName(isdst: number, nowSeconds: number): string {
  const year = new Date(nowSeconds * 1000).getUTCFullYear();
  const janDate = new Date(Date.UTC(year, 0, 1)), julDate = new Date(Date.UTC(year, 6, 1));
  const jan = -janDate.getTimezoneOffset(), jul = -julDate.getTimezoneOffset();
  const [stdDate, dstDate] = jan > jul ? [julDate, janDate] : [janDate, julDate];
  return zoneName(isdst > 0 ? dstDate : stdDate);
}

// ----- time tuples given to asctime, strftime, mktime -----

/** gettmarg: a 9-tuple (or struct_time) of ints, in C's conventions (month 0-11, Sunday = 0...). */
export interface CTime {
  year: number;
  mon: number;
  mday: number;
  hour: number;
  min: number;
  sec: number;
  wday: number;
  yday: number;
  isdst: number;
  zone: string | null;
  gmtoff: number;
}

/** A C int from a tuple item ("i" of PyArg_ParseTuple). */
function cInt(vm: VM, o: PyObject): number {
  if (o instanceof PyFloat) throw new NativeRaise('TypeError', "'float' object cannot be interpreted as an integer");
  const v = big(indexOf(vm, o));
  if (v > 2147483647n) throw new NativeRaise('OverflowError', 'signed integer is greater than maximum');
  if (v < -2147483648n) throw new NativeRaise('OverflowError', 'signed integer is less than minimum');
  return Number(v);
}

export function timeTuple(vm: VM, o: PyObject, caller: string): CTime {
  if (!(o instanceof PyTuple)) throw new NativeRaise('TypeError', 'Tuple or struct_time argument required');
  if (o.items.length !== 9) throw new NativeRaise('TypeError', `${caller}(): illegal time tuple argument`);
  const [year, mon, mday, hour, min, sec, wday, yday, isdst] = o.items.map((x) => cInt(vm, x));
  let zone: string | null = null, gmtoff = 0;
  if (o instanceof PyStructTime) {
    const [z, g] = o.hidden;
    if (z instanceof PyStr) zone = z.value;
    if (g instanceof PyInt || g instanceof PyBool) gmtoff = Number(big(indexOf(vm, g)));
  }
  return { year, mon: mon - 1, mday, hour, min, sec, wday: (wday + 1) % 7, yday: yday - 1, isdst, zone, gmtoff };
}

/** checktm: the ranges asctime and strftime accept, zeros meaning "the first". */
export function checkTime(t: CTime): void {
  const fail = (what: string): never => {
    throw new NativeRaise('ValueError', `${what} out of range`);
  };
  if (t.mon === -1) t.mon = 0;
  else if (t.mon < 0 || t.mon > 11) fail('month');
  if (t.mday === 0) t.mday = 1;
  else if (t.mday < 0 || t.mday > 31) fail('day of month');
  if (t.hour < 0 || t.hour > 23) fail('hour');
  if (t.min < 0 || t.min > 59) fail('minute');
  if (t.sec < 0 || t.sec > 61) fail('seconds');
  if (t.wday < 0) fail('day of week');
  if (t.yday === -1) t.yday = 0;
  else if (t.yday < 0 || t.yday > 365) fail('day of year');
}

/** mktime: local broken-down time (normalized as C's mktime does) to seconds since the epoch. */
export function mktime(t: CTime): number {
  const date = new Date(0);
  date.setFullYear(t.year, t.mon, t.mday);
  date.setHours(t.hour, t.min, t.sec, 0);
  let ms = date.getTime();
  if (Number.isNaN(ms)) throw new NativeRaise('OverflowError', 'mktime argument out of range');
  // A tm_isdst of 0 or 1 says which offset the fields are in, even where the other one is in effect.
  if (t.isdst >= 0) {
    const offset = -date.getTimezoneOffset() * 60;
    const std = standardOffset(date.getUTCFullYear());
    const dst = daylightOffset(date.getUTCFullYear());
    if (t.isdst === 0 && offset !== std) ms += (offset - std) * 1000;
    else if (t.isdst > 0 && offset === std && dst !== std) ms -= (dst - std) * 1000;
  }
  return ms / 1000;
}

function daylightOffset(year: number): number {
  const jan = -new Date(Date.UTC(year, 0, 1)).getTimezoneOffset() * 60;
  const jul = -new Date(Date.UTC(year, 6, 1)).getTimezoneOffset() * 60;
  return Math.max(jan, jul);
}
