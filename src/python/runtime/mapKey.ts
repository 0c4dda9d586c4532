/**
 * The key a dict's or set's JS Map files an entry under: equal Python keys share one, and V8 hashes it.
 * - A str is its own text (no string is made per fresh str key; one starting with NON_STR is escaped).
 * - An int in the safe range (and a bool or an integral float equal to it) is that number.
 * - Every other key starts with NON_STR, then a letter saying its kind ('t(' tuple, 'f' float, 'o' identity,
 *   'u' user hash...). A composite key (tuple, frozenset) spells its members with keyText.
 */
export type MapKey = string | number;

/** The first character of every key that is neither a str's nor a safe int's. */
export const NON_STR = '\u0001';
const NON_STR_CODE = 1;

/** A str's key. */
export function strKey(text: string): string {
  return text.charCodeAt(0) === NON_STR_CODE ? NON_STR + 's' + text : text;
}

/** A member's key as a composite key spells it: self-delimiting, so ('a,b',) and ('a', 'b') differ. */
export function keyText(key: MapKey): string {
  if (typeof key === 'number') return 'i' + key;
  // A str's or bytes' text may hold any character (',' and ')' too): its length marks where it ends.
  if (key.charCodeAt(0) !== NON_STR_CODE) return 's' + key.length + ':' + key;
  const kind = key[1];
  if (kind === 's' || kind === 'y') return kind + (key.length - 2) + ':' + key.slice(2);
  return key;
}

/** A frozenset's key (or a set's, looked up as the equal frozenset): its members' keys in a fixed order. */
export function frozensetKey(memberKeys: MapKey[]): string {
  return NON_STR + 'z{' + memberKeys.map(keyText).sort().join(',') + '}';
}
