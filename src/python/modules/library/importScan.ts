// Which modules a piece of Python source may import, read from its text before it runs: every `import a.b, c`
// and `from a import b` anywhere (in strings and comments too: fetching one chunk too many is harmless), and
// whether it can import by a name computed at run time (exec, eval, __import__, importlib). A program that names
// help or a doc attribute counts as importing pydoc, whose chunk holds help() and the builtins' docs; one with
// a \N{...} escape as importing unicodedata, whose chunk holds the character names.

export interface ImportScan {
  /** Dotted module names, with each `from m import x` also as `m.x` (x may be a submodule). */
  modules: string[];
  /** The source can run code or import names its text does not show. */
  dynamic: boolean;
}

const IMPORT = /\bimport[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*)/g;
/** `from m import a, b` to the end of the line, or a parenthesized list over several lines. */
const FROM_IMPORT = /\bfrom[ \t]+([\w.]+)[ \t]+import[ \t]*(\([^)]*\)|[^\n;#]*)/g;
/** help() imports pydoc; a builtin's __doc__ and __text_signature__ are read from pydoc's chunk. */
const USES_DOCS = /\b(?:help|__doc__|__text_signature__)\b/;
/** Code run from a string (a code object from compile() runs through exec or eval too); `re.compile` is no such call. */
const DYNAMIC = /(?<![\w.])(?:exec|eval|__import__|importlib)\b/;

export function scanImports(source: string): ImportScan {
  const modules = new Set<string>();
  for (const m of source.matchAll(FROM_IMPORT)) {
    const from = m[1];
    if (from.startsWith('.')) continue;
    modules.add(from);
    for (const name of m[2].replace(/[()\\]/g, ' ').split(',')) {
      const word = name.trim().split(/\s+/)[0];
      if (/^\w+$/.test(word)) modules.add(`${from}.${word}`);
    }
  }
  // The from-imports blanked out, so their `import a` is not read as a module a.
  const rest = source.replace(FROM_IMPORT, (m) => ' '.repeat(m.length));
  for (const m of rest.matchAll(IMPORT)) {
    for (const part of m[1].split(',')) modules.add(part.trim().split(/\s+/)[0]);
  }
  if (USES_DOCS.test(source)) modules.add('pydoc');
  // A \N{...} escape reads the character names, which unicodedata's chunk holds.
  if (source.includes('\\N{')) modules.add('unicodedata');
  // Non-ASCII letters in identifiers are NFKC-normalized: a fullwidth `ｅｘｅｃ` is exec.
  const dynamic = DYNAMIC.test(source) || DYNAMIC.test(source.normalize('NFKC'));
  return { modules: [...modules], dynamic };
}
