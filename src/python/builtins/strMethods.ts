// str methods, delegating to the pure text functions.
export function installStrMethods(): void {}
