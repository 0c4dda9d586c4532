/**
 * The key a dict's or set's JS Map files an entry under: equal Python keys share one. An int in the safe range
 * (and a bool or an integral float equal to it) is that number, which V8 hashes and compares without making a
 * string (2-3x faster inserts than 'i' + value); every other key is a string whose first character says its kind
 * ('s' str, 't(' tuple, 'f' float, 'o' identity, 'u' user hash...). Inside a tuple's or frozenset's key an int is
 * spelled 'i' + value (intKeyText), so composite keys stay strings.
 */
export type MapKey = string | number;

/** A member key as a composite (tuple, frozenset) key spells it. */
export function keyText(key: MapKey): string {
  return typeof key === 'number' ? 'i' + key : key;
}
