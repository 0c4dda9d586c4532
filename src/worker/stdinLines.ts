// Splitting stdin text into the lines input() reads: shared by the page and the worker without pulling the
// interpreter into the page's bundle.

/** Lines of stdin text as input() reads them (a final newline ends the last line, it does not add one). */
export function stdinLines(text: string | undefined): string[] {
  if (!text) return [];
  const lines = text.split(/\r?\n/);
  if (text.endsWith('\n')) lines.pop();
  return lines;
}
