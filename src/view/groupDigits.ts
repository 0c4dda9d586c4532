// Numbers as the page writes them, 1,000,004: what toLocaleString('en-US') gives an integer, without that
// call's first use loading ICU's number formatting (about 20 ms of the worker's first view in Node).

export function groupDigits(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let grouped = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) grouped += ',';
    grouped += digits[i];
  }
  return n < 0 ? `-${grouped}` : grouped;
}
