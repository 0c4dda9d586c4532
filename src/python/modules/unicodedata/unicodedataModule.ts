// The unicodedata module: character names (name, lookup) and unidata_version. The other property functions
// (category, normalize...) are not here yet.

import { NativeRaise, argTypeName } from '../../errors';
import type { PyObject } from '../../runtime/object';
import { PyStr } from '../../runtime/objects';
import { PyBytes } from '../../runtime/bytesObject';
import { incref } from '../../runtime/heap';
import { newStr } from '../../runtime/factory';
import { builtinFunction, noKeywords } from '../../builtins/define';
import { once, ownedBy } from '../nativeType';
import { UNIDATA_VERSION } from './nameTable';
import { UNICODE_NAMES } from './unicodeNames';
import type { VM } from '../../vm/vm';

/** unicodedata.c's NAME_MAXLEN: lookup refuses longer names (in UTF-8 bytes). */
const NAME_MAXLEN = 256;

const functions = once(() => ownedBy('unicodedata', {
  name: builtinFunction('name', (_vm: VM, args: PyObject[], kwargs) => {
    noKeywords('unicodedata.name', kwargs);
    if (args.length < 1) throw new NativeRaise('TypeError', `name expected at least 1 argument, got ${args.length}`);
    if (args.length > 2) throw new NativeRaise('TypeError', `name expected at most 2 arguments, got ${args.length}`);
    const chr = args[0];
    if (!(chr instanceof PyStr) || chr.codePointLength !== 1) {
      throw new NativeRaise('TypeError', `name() argument 1 must be a unicode character, not ${argTypeName(chr)}`);
    }
    const name = UNICODE_NAMES.nameOf(chr.value.codePointAt(0)!);
    if (name !== undefined) return newStr(name);
    if (args.length === 2) return incref(args[1]);
    throw new NativeRaise('ValueError', 'no such name');
  }),
  lookup: builtinFunction('lookup', (_vm: VM, args: PyObject[], kwargs) => {
    noKeywords('unicodedata.lookup', kwargs);
    if (args.length !== 1) throw new NativeRaise('TypeError', `unicodedata.lookup() takes exactly one argument (${args.length} given)`);
    const arg = args[0];
    let name: string;
    if (arg instanceof PyStr) name = arg.value;
    else if (arg instanceof PyBytes) name = new TextDecoder().decode(Uint8Array.from(arg.value, (c) => c.charCodeAt(0)));
    else throw new NativeRaise('TypeError', `a bytes-like object is required, not '${arg.type.name}'`);
    if (new TextEncoder().encode(name).length > NAME_MAXLEN) throw new NativeRaise('KeyError', 'name too long');
    const code = UNICODE_NAMES.codeOf(name);
    // The message is formatted from the C string: it stops at a null character.
    if (code === undefined) throw new NativeRaise('KeyError', `undefined character name '${name.split('\0')[0]}'`);
    return newStr(String.fromCodePoint(code));
  }),
}));

export function unicodedataModuleContents(_vm: VM): Record<string, PyObject> {
  const f = functions();
  return { name: incref(f.name), lookup: incref(f.lookup), unidata_version: newStr(UNIDATA_VERSION) };
}
