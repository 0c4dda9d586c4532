// `node scripts/chunk-report.mjs [chunk-name-prefix]`: which source files the built chunks are made of. Builds the
// site with source maps into .cache/dist-maps and attributes each chunk's minified bytes to the sources the map
// names (gzip is not attributable per byte: the shares of the raw size are a guide to what gzip saves).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, '.cache', 'dist-maps');
const prefix = process.argv[2] ?? 'worker-';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((c, i) => [c, i]));

/** The VLQ fields of one mapping segment. */
function decodeSegment(text) {
  const fields = [];
  let value = 0, shift = 0;
  for (const c of text) {
    const d = DIGIT.get(c);
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/** The generated `code` per source file of `map` (its pieces joined). */
function codeBySource(code, map) {
  const lines = code.split('\n');
  const pieces = new Map();
  let source = 0;
  map.mappings.split(';').forEach((lineMappings, lineNo) => {
    const line = lines[lineNo] ?? '';
    let column = 0;
    const starts = [];
    for (const seg of lineMappings.split(',')) {
      if (!seg) continue;
      const f = decodeSegment(seg);
      column += f[0];
      if (f.length > 1) source += f[1];
      starts.push([column, f.length > 1 ? source : -1]);
    }
    for (let i = 0; i < starts.length; i++) {
      const [from, src] = starts[i];
      const to = i + 1 < starts.length ? starts[i + 1][0] : line.length;
      const name = src < 0 ? '(unmapped)' : map.sources[src];
      if (!pieces.has(name)) pieces.set(name, []);
      pieces.get(name).push(line.slice(from, to));
    }
  });
  return new Map([...pieces].map(([name, parts]) => [name, parts.join('')]));
}

await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: true } });
const assets = join(outDir, 'assets');
for (const file of readdirSync(assets).filter((f) => f.startsWith(prefix) && f.endsWith('.js'))) {
  const code = readFileSync(join(assets, file), 'utf8');
  const map = JSON.parse(readFileSync(join(assets, `${file}.map`), 'utf8'));
  const bySource = codeBySource(code, map);
  const byDir = new Map();
  for (const [src, text] of bySource) {
    const dir = src.replace(/^(\.\.\/)+/, '').replace(/\/[^/]+$/, '');
    byDir.set(dir, (byDir.get(dir) ?? '') + text);
  }
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  // A part's gzip alone: more than its share in the chunk (it loses the context of the rest), a fair ranking.
  const row = ([name, text]) => `${kb(text.length)} KB ${kb(gzipSync(text).length)} KB  ${name.replace(/^(\.\.\/)+/, '')}`;
  console.log(`\n${file}: ${kb(code.length)} KB, gzip ${kb(gzipSync(code).length)} KB`);
  console.log('by folder (raw, gzip alone):');
  for (const entry of [...byDir].sort((a, b) => b[1].length - a[1].length).slice(0, 25)) console.log(row(entry));
  console.log('by file (raw, gzip alone):');
  for (const entry of [...bySource].sort((a, b) => b[1].length - a[1].length).slice(0, 40)) console.log(row(entry));
}
