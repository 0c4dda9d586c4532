// printf-style `template % args` for str.

import { NativeRaise } from '../errors';
import { formatFloat, formatInt } from './formatSpec';

export type PercentArg =
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'str'; value: string }
  | { kind: 'other'; value: unknown };

/** Formats `template` with converted arguments; toStr/toRepr render %s and %r of any argument. */
export function percentFormat(template: string, args: PercentArg[], toStr: (a: PercentArg) => string, toRepr: (a: PercentArg) => string): string {
  let out = '';
  let next = 0;
  const re = /%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfFgGcrsa%])/g;
  let last = 0;
  let m: RegExpExecArray | null;
  const take = (): PercentArg => {
    if (next >= args.length) throw new NativeRaise('TypeError', 'not enough arguments for format string');
    return args[next++];
  };
  while ((m = re.exec(template))) {
    out += template.slice(last, m.index);
    last = re.lastIndex;
    const [, flags, widthRaw, precRaw, conv] = m;
    if (conv === '%') {
      out += '%';
      continue;
    }
    const width = widthRaw === '*' ? Number((take() as { value: bigint }).value) : widthRaw ? Number(widthRaw) : 0;
    const prec = precRaw === '*' ? Number((take() as { value: bigint }).value) : precRaw !== undefined ? Number(precRaw) : null;
    const a = take();
    let spec = '';
    if (flags.includes('-')) spec += '<';
    else if (flags.includes('0') && 'diouxXeEfFgG'.includes(conv)) spec += '0';
    if (flags.includes('+')) spec = (spec.startsWith('<') ? '<+' : '+' + spec);
    else if (flags.includes(' ')) spec = (spec.startsWith('<') ? '< ' : ' ' + spec);
    if (flags.includes('#')) spec += '#';
    const fixSign = (s: string) => s;
    let text: string;
    switch (conv) {
      case 's': text = toStr(a); break;
      case 'r': case 'a': text = toRepr(a); break;
      case 'c': text = a.kind === 'int' ? String.fromCodePoint(Number(a.value)) : toStr(a); break;
      default: {
        if (a.kind !== 'int' && a.kind !== 'float') {
          throw new NativeRaise('TypeError', `%${conv} format: a ${'diouxXc'.includes(conv) ? 'real number' : 'real number'} is required, not ${typeNameOf(a)}`);
        }
        const w = width ? String(width) : '';
        if ('diu'.includes(conv)) {
          const v = a.kind === 'int' ? a.value : BigInt(Math.trunc(a.value));
          text = formatInt(v, fixSign(spec.replace('#', '') + w + 'd'));
          if (prec !== null) text = formatInt(v, spec.replace('#', '') + w + 'd');
        } else if ('oxX'.includes(conv)) {
          if (a.kind !== 'int') throw new NativeRaise('TypeError', `%${conv} format: an integer is required, not float`);
          text = formatInt(a.value, spec + w + conv);
        } else {
          const x = a.kind === 'int' ? Number(a.value) : a.value;
          text = formatFloat(x, spec + w + '.' + (prec ?? 6) + conv);
        }
        out += text;
        continue;
      }
    }
    if (prec !== null) text = [...text].slice(0, prec).join('');
    if (width > [...text].length) text = flags.includes('-') ? text.padEnd(width) : text.padStart(width);
    out += text;
  }
  out += template.slice(last);
  if (next < args.length) throw new NativeRaise('TypeError', 'not all arguments converted during string formatting');
  return out;
}

function typeNameOf(a: PercentArg): string {
  if (a.kind === 'str') return 'str';
  const v = a.value as { type?: { name?: string } };
  return v?.type?.name ?? 'object';
}
