// Sizes of the picture. Box text is monospace so widths can be computed without a DOM (in the worker).

/** Width of one character of the 12 px monospace font the boxes use (DejaVu Sans Mono and most others: 0.6 em). */
export const CHAR_WIDTH = 7.25;
export const ROW_HEIGHT = 20;
export const HEADER_HEIGHT = 26;
/** A line under the title (a generator's state). */
export const DETAIL_HEIGHT = 16;
/** The "also held by" line at the bottom of a box. */
export const NOTE_HEIGHT = 16;
export const BOX_PADDING = 8;
/** Room at a row's right end for its dot. */
export const DOT_ROOM = 18;
export const MIN_OBJECT_WIDTH = 120;
export const MIN_FRAME_WIDTH = 150;
export const MAX_BOX_WIDTH = 340;

/** The size an object box's header shows: `56 B`, `12.3 KiB`. */
export function sizeLabel(bytes: number): string {
  return bytes >= 10_000 ? `${(bytes / 1024).toFixed(bytes >= 100_000 ? 0 : 1)} KiB` : `${bytes} B`;
}
/** Width of one character of the header's size (11 px). */
const SIZE_CHAR_WIDTH = 6.7;
/** From an object box's right edge to its size: the refcount badge's half and a margin. */
export const BADGE_ROOM = 24;
/** A step's refcount change, drawn left of the size: up to 3 characters (`+12`, `−10`) and a gap either side. */
const DELTA_ROOM = 3 * CHAR_WIDTH + 10;

/**
 * Room an object box's header keeps right of its title (besides the padding): the refcount change, the size
 * and the badge. With less, a class's `−2` was drawn over the end of its `#14`.
 */
export function objectHeaderRoom(bytes: number): number {
  return BADGE_ROOM + sizeRoom(bytes) + DELTA_ROOM;
}

/** Width of the size label and a character's gap before it: the refcount change is drawn that far left of it. */
export function sizeRoom(bytes: number): number {
  return (sizeLabel(bytes).length + 1) * SIZE_CHAR_WIDTH;
}
/** The same for a frame: its `line N` (room for `line 9999`), or a longer label such as `<string>:4`. */
export function frameHeaderRoom(lineLabel: string): number {
  return Math.max(60, (lineLabel.length + 1) * SIZE_CHAR_WIDTH);
}

/** Horizontal space between columns: arrows run down these gaps. */
export const COLUMN_GAP = 60;
/** Vertical space between boxes in a column: arrows cross columns through these gaps. */
export const BOX_GAP = 26;
/** Space between the reachable picture and the unreachable objects below it. */
export const GARBAGE_GAP = 56;
/** Distance between parallel arrows sharing a gap. */
export const LANE = 6;
/** Containers show this many rows until expanded. */
export const ROW_LIMIT = 10;

export function textWidth(text: string): number {
  return text.length * CHAR_WIDTH;
}

/** Cuts text to fit `width` pixels, with an ellipsis. */
export function fitText(text: string, width: number): string {
  const max = Math.max(1, Math.floor(width / CHAR_WIDTH));
  return text.length <= max ? text : text.slice(0, Math.max(0, max - 1)) + '…';
}
