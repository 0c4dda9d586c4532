// Share links: the program travels in the URL hash as lz-string's compressToEncodedURIComponent.

import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

export function shareLink(href: string, code: string): string {
  const url = new URL(href);
  url.hash = 'code=' + compressToEncodedURIComponent(code);
  return url.toString();
}

/** The program in a `#code=` hash, or null. */
export function codeFromHash(hash: string): string | null {
  const m = /(?:^#|&)code=([^&]*)/.exec(hash);
  if (!m) return null;
  return decompressFromEncodedURIComponent(m[1]) || null;
}
