// The character names of the unicodedata chunk, as the tokenizer's \N{...} reads them: fetched with the chunk
// (the page's worker fetches it before a program whose text has \N{ or imports unicodedata runs; a program that
// reaches a name anyway halts with ModuleCodeNeeded, as an import does).

import { moduleLibrary } from '../library/moduleLibrary';

export interface UnicodeNames {
  /** unicodedata.name's answer, or undefined for a code point without a name. */
  nameOf(cp: number): string | undefined;
  /** The code point of a name or formal alias (not a named sequence), or undefined. */
  codeOf(name: string): number | undefined;
}

export function unicodeNames(): UnicodeNames {
  const names = moduleLibrary().definitionOf('unicodedata')?.unicodeNames;
  if (!names) throw new Error('internal error: the unicodedata module has no name table');
  return names;
}
