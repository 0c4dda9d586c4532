// One version number for every type's attributes: a change to any type's dict invalidates every type's lookup
// cache (CPython tags each type; class attributes seldom change while a program runs, so one counter suffices).

export const typeAttributes = { version: 0 };

/** Called by every change to a dict that is a type's __dict__. */
export function typeAttributesChanged(): void {
  typeAttributes.version++;
}
