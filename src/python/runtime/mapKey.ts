/**
 * The key a dict's or set's JS Map files an entry under: equal Python keys share one. An int in the safe range
 * (and a bool or an integral float equal to it) is that number, which V8 hashes and compares without making a
 * string (2-3x faster inserts than 'i' + value); every other key is a string whose first character says its kind
 * ('s' str, 't(' tuple, 'f' float, 'o' identity, 'u' user hash...). A composite key (tuple, frozenset, union)
 * spells its members with keyText, so composite keys stay strings and no two different members read the same.
 */
export type MapKey = string | number;

/** A member's key as a composite key spells it: self-delimiting, so ('a,sb',) and ('a', 'b') differ. */
export function keyText(key: MapKey): string {
  if (typeof key === 'number') return 'i' + key;
  const kind = key.charCodeAt(0);
  // A str's or bytes' text may hold any character (',' and ')' too): its length marks where it ends.
  if (kind === STR_KEY || kind === BYTES_KEY) return key[0] + (key.length - 1) + ':' + key.slice(1);
  return key;
}

const STR_KEY = 115; // 's'
const BYTES_KEY = 121; // 'y'

/** A frozenset's key (or a set's, looked up as the equal frozenset): its members' keys in a fixed order. */
export function frozensetKey(memberKeys: MapKey[]): string {
  return 'z{' + memberKeys.map(keyText).sort().join(',') + '}';
}
