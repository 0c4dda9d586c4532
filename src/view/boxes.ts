// What each box of the picture lists: a frame's variables and temporaries, an object's items, entries or
// attributes. Parts an object owns (an instance's __dict__, a class's dict, a closure's cells tuple) are
// folded into its box; interpreter internals (__class__, code, globals) are left to the box's notes.

import type { FrameSnapshot, ObjectSnapshot, Snapshot } from '../python/snapshot';
import type { Row, ViewOptions } from './model';
import { groupDigits } from './groupDigits';

/** A row with the reference it draws: which holder's which reference (for the badge's accounting). */
export interface RowSpec extends Row {
  /** `f<frame id>`, `o<object id>` (the holder may be a part folded into the box) or `root`. */
  readonly holder: string;
  readonly refLabel: string;
}

export interface BoxContent {
  readonly title: string;
  readonly detail?: string;
  readonly rows: RowSpec[];
}

const SCALAR_TYPES = new Set(['int', 'float', 'str', 'bool', 'NoneType', 'complex', 'bytes', 'range', 'ellipsis', 'NotImplementedType']);
/** Types drawn inline (by their repr) unless shared objects are shown: interpreter machinery. */
const MACHINERY_TYPES = new Set(['module', 'code', 'builtin_function_or_method', 'method_descriptor', 'wrapper_descriptor', 'getset_descriptor', 'member_descriptor', 'frame', 'traceback']);
/** References that are interpreter bookkeeping, not something a learner made: counted in notes, never rows. */
const HIDDEN_LABELS = new Set([
  '__class__', 'key', 'attribute name', 'const cache', '__code__', '__globals__', '__mro__', '__bases__', '__base__',
  '__objclass__', 'f_func', 'f_code', 'gi_code', 'f_locals', 'result tuple', 'class body function', 'class name', 'base class',
  'namespace of the class being built', 'instance being initialised', 'call operand',
]);

/** Whether an object is written inside the row that refers to it instead of getting a box. */
export function isInline(o: ObjectSnapshot | undefined, options: ViewOptions): boolean {
  if (!o) return true;
  if (options.showShared) return false;
  // A library's classes and functions are tools the program uses, written like builtins.
  if (o.immortal || SCALAR_TYPES.has(o.type) || MACHINERY_TYPES.has(o.type) || o.library !== undefined) return true;
  return o.type === 'type' && o.references.length === 0;
}

/**
 * The frames the picture draws: a library's frames (copy.deepcopy, OrderedDict.update) are C code in
 * CPython and tools here, left out as C frames are; what they hold is named in the notes of its box.
 */
export function drawnFrames(snap: Snapshot): FrameSnapshot[] {
  return snap.frames.filter((f) => f.library === undefined);
}

/** What an inline row shows for an object. */
export function inlineText(o: ObjectSnapshot | undefined): string {
  if (!o) return '?';
  return o.value ?? o.repr;
}

function frameTitle(f: FrameSnapshot): string {
  return f.name === '<module>' ? '<module>' : f.isClassBody ? `class ${f.qualname}` : `${f.qualname}()`;
}

function stripBrackets(label: string): string {
  return label.startsWith('[') && label.endsWith(']') ? label.slice(1, -1) : label;
}

/** References through which an object owns a part its box lists as rows of its own (folded parts). */
const FOLDED_PART_LABELS = new Set(['__dict__', '__closure__', '__defaults__', '__kwdefaults__']);

export class BoxContents {
  readonly byId: ReadonlyMap<number, ObjectSnapshot>;
  /**
   * The namespace dicts of drawn frames (module and class bodies, exec), each with the outermost frame whose rows
   * are its entries: a reference to one is written inline, as a second box would draw those rows twice.
   */
  private readonly namespaceFrames = new Map<number, FrameSnapshot>();
  /**
   * Parts (an instance's __dict__, a closure's cells) that something else refers to as well (`vars(p)`,
   * `r = ns.__reduce__()`): boxes of their own, which their owner's box points to instead of listing their rows.
   */
  private readonly sharedParts = new Set<number>();

  constructor(readonly snap: Snapshot, readonly options: ViewOptions) {
    this.byId = new Map(snap.objects.map((o) => [o.id, o]));
    const frames = drawnFrames(snap);
    for (const f of frames) if (f.namespaceId !== undefined && !this.namespaceFrames.has(f.namespaceId)) this.namespaceFrames.set(f.namespaceId, f);
    const ownerOfPart = new Map<number, number>();
    for (const o of snap.objects) {
      if (o.type === 'module') continue;
      for (const r of o.references) if (FOLDED_PART_LABELS.has(r.label)) ownerOfPart.set(r.targetId, o.id);
    }
    if (ownerOfPart.size === 0) return;
    for (const f of frames) {
      for (const v of f.variables) if (ownerOfPart.has(v.targetId)) this.sharedParts.add(v.targetId);
      for (const id of f.stack) if (id !== null && ownerOfPart.has(id)) this.sharedParts.add(id);
    }
    for (const o of snap.objects) {
      if (this.isInline(o.id)) continue;
      for (const r of o.references) {
        const owner = ownerOfPart.get(r.targetId);
        if (owner === undefined || owner === o.id || r.weak || FOLDED_PART_LABELS.has(r.label) || HIDDEN_LABELS.has(r.label)) continue;
        this.sharedParts.add(r.targetId);
      }
    }
  }

  isInline(id: number): boolean {
    return this.namespaceFrames.has(id) || isInline(this.byId.get(id), this.options);
  }

  /** Whether a part is drawn as a box of its own (something besides its owner refers to it), not folded into its owner's. */
  isSharedPart(id: number): boolean {
    return this.sharedParts.has(id);
  }

  /** What a row referring to a drawn frame's namespace dict shows: whose variables it holds. */
  private namespaceText(dictId: number, f: FrameSnapshot): string {
    const module = this.moduleOfNamespace.get(dictId);
    if (module) return module.name === '__main__' ? "the module's globals" : `globals of module ${module.name ?? ''}`.trim();
    return f.isClassBody ? `namespace of ${frameTitle(f)}` : "namespace of exec'd code";
  }

  /** Module objects by their namespace dict (made once, on the first row that needs it). */
  private get moduleOfNamespace(): Map<number, ObjectSnapshot> {
    if (!this.modulesByDict) {
      this.modulesByDict = new Map();
      for (const o of this.snap.objects) {
        const dict = o.type === 'module' ? o.references.find((r) => r.label === '__dict__') : undefined;
        if (dict) this.modulesByDict.set(dict.targetId, o);
      }
    }
    return this.modulesByDict;
  }
  private modulesByDict: Map<number, ObjectSnapshot> | null = null;

  private row(holder: string, refLabel: string, label: string, targetId: number, kind: Row['kind'], weak = false): RowSpec {
    const target = this.byId.get(targetId);
    const namespaceOf = this.namespaceFrames.get(targetId);
    const value = namespaceOf ? this.namespaceText(targetId, namespaceOf) : this.isInline(targetId) ? inlineText(target) : null;
    return { holder, refLabel, label, targetId, value, weak, kind };
  }

  frame(f: FrameSnapshot): BoxContent {
    const key = `f${f.id}`;
    const rows: RowSpec[] = [];
    // Module and class bodies keep their variables in a dict: the rows draw that dict's references; a
    // finished frame kept by a traceback has them in its frame object.
    const holder = f.namespaceId !== undefined ? `o${f.namespaceId}` : f.heldBy !== undefined ? `o${f.heldBy}` : key;
    const sharing = f.namespaceId !== undefined ? this.namespaceFrames.get(f.namespaceId) : undefined;
    if (sharing && sharing !== f) {
      // exec() of code in the module's globals: its variables are the outer frame's rows.
      rows.push({ holder: key, refLabel: '', label: `variables: those of ${sharing.name === '<module>' ? 'the module' : frameTitle(sharing)}`, value: null, targetId: null, weak: false, kind: 'more' });
    } else {
      for (const v of f.variables) {
        const refLabel = f.namespaceId !== undefined ? `['${v.label}']` : v.label;
        rows.push(this.row(holder, refLabel, v.label, v.targetId, 'field'));
      }
    }
    // A module's return value is always None: its last step shows the final state, not a return.
    const returning = f.name === '<module>' ? undefined : f.returning;
    const returningAt = f.returning ? f.stack.length - 1 : -1;
    f.stack.forEach((id, i) => {
      if (id === null || i === returningAt) return;
      rows.push(this.row(key, `stack[${i}]`, 'temp', id, 'temp'));
    });
    if (returning) {
      rows.push(this.row(key, `stack[${returningAt}]`, returning.kind === 'yield' ? 'yield value' : 'return value', returning.valueId, 'return'));
    }
    return { title: frameTitle(f), rows };
  }

  private readonly objectCache = new Map<number, BoxContent>();

  /** What an object's box lists (computed once per layout). */
  object(o: ObjectSnapshot): BoxContent {
    let content = this.objectCache.get(o.id);
    if (!content) this.objectCache.set(o.id, (content = this.objectContent(o)));
    return content;
  }

  private objectContent(o: ObjectSnapshot): BoxContent {
    const key = `o${o.id}`;
    const rows: RowSpec[] = [];
    const refs = o.references;
    const isDictLike = refs.some((r) => r.label === 'key');
    switch (o.type) {
      case 'function':
        this.functionRows(o, rows);
        break;
      case 'type':
        this.classRows(o, rows);
        break;
      case 'cell':
        for (const r of refs) if (r.label === 'cell_contents') rows.push(this.row(key, r.label, 'contents', r.targetId, 'field'));
        break;
      default:
        for (const r of refs) {
          if (HIDDEN_LABELS.has(r.label)) continue;
          if (r.label === '__dict__' && o.type !== 'module') {
            if (this.sharedParts.has(r.targetId)) rows.push(this.row(key, r.label, r.label, r.targetId, 'field'));
            else this.foldDict(r.targetId, (entryLabel) => `.${entryLabel}`, rows);
            continue;
          }
          if (r.label.startsWith('stack[')) rows.push(this.row(key, r.label, 'temp', r.targetId, 'temp'));
          else if (r.label === 'weakref') rows.push(this.row(key, r.label, 'refers to', r.targetId, 'field', true));
          else if (r.label.startsWith('{')) rows.push(this.row(key, r.label, '•', r.targetId, 'field'));
          else if (isDictLike && r.label.startsWith('[')) rows.push(this.row(key, r.label, this.keyLabel(o, r.label), r.targetId, 'field'));
          else rows.push(this.row(key, r.label, r.label, r.targetId, 'field'));
        }
    }
    if (o.hiddenItems) rows.push({ holder: key, refLabel: '', label: `… ${groupDigits(o.hiddenItems)} more`, value: null, targetId: null, weak: false, kind: 'more' });
    return { title: this.objectTitle(o), detail: o.detail, rows };
  }

  /** A dict entry's label: the key as written (`'a'`, `3`, or the key object's repr). */
  private keyLabel(o: ObjectSnapshot, label: string): string {
    const inner = stripBrackets(label);
    if (!inner.startsWith('#')) return inner;
    return this.byId.get(Number(inner.slice(1)))?.repr ?? inner;
  }

  /** Folds a dict the box owns (an instance's or function's __dict__) into rows of the box. */
  private foldDict(dictId: number, name: (key: string) => string, rows: RowSpec[], skip?: (key: string) => boolean): void {
    const d = this.byId.get(dictId);
    if (!d) return;
    for (const r of d.references) {
      if (r.label === 'key') continue;
      const inner = stripBrackets(r.label);
      const keyName = inner.startsWith("'") ? inner.slice(1, -1) : inner;
      if (skip?.(keyName)) continue;
      rows.push(this.row(`o${dictId}`, r.label, name(keyName), r.targetId, 'field'));
    }
  }

  private functionRows(o: ObjectSnapshot, rows: RowSpec[]): void {
    for (const r of o.references) {
      const part = this.byId.get(r.targetId);
      if (!part) continue;
      if (FOLDED_PART_LABELS.has(r.label) && this.sharedParts.has(part.id)) rows.push(this.row(`o${o.id}`, r.label, r.label, part.id, 'field'));
      else if (r.label === '__closure__') {
        part.references.forEach((c, i) => rows.push(this.row(`o${part.id}`, c.label, o.names?.[i] ?? `cell ${i}`, c.targetId, 'field')));
      } else if (r.label === '__defaults__') {
        part.references.forEach((c, i) => rows.push(this.row(`o${part.id}`, c.label, `default ${i + 1}`, c.targetId, 'field')));
      } else if (r.label === '__kwdefaults__') {
        this.foldDict(part.id, (k) => `${k}=`, rows);
      } else if (r.label === '__dict__') {
        this.foldDict(part.id, (k) => `.${k}`, rows);
      }
    }
  }

  /** A class lists what its body defined (methods written inline); its dunder entries stay in the notes. */
  private classRows(o: ObjectSnapshot, rows: RowSpec[]): void {
    const dict = o.references.find((r) => r.label === '__dict__');
    if (!dict) return;
    const d = this.byId.get(dict.targetId);
    if (!d) return;
    if (this.sharedParts.has(d.id)) {
      rows.push(this.row(`o${o.id}`, dict.label, dict.label, d.id, 'field'));
      return;
    }
    for (const r of d.references) {
      if (r.label === 'key') continue;
      const name = stripBrackets(r.label).replace(/^'(.*)'$/, '$1');
      if (name.startsWith('__') && name.endsWith('__') && name !== '__init__' && name !== '__slots__') continue;
      const target = this.byId.get(r.targetId);
      const row = this.row(`o${d.id}`, r.label, name, r.targetId, 'field');
      // Methods are part of the class as a learner reads it: written inline, not as boxes of their own.
      if (target && (target.type === 'function' || target.type === 'staticmethod' || target.type === 'classmethod' || target.type === 'property')) {
        rows.push({ ...row, value: target.type === 'function' ? 'def …' : target.type });
      } else rows.push(row);
    }
  }

  objectTitle(o: ObjectSnapshot): string {
    switch (o.type) {
      case 'function': return `function ${o.name ?? ''}`.trim();
      case 'type': return `class ${o.name ?? ''}`.trim();
      case 'generator':
      case 'coroutine':
      case 'async_generator': return `${o.type} ${o.name ?? ''}`.trim();
      case 'module': return `module ${o.name ?? ''}`.trim();
      default: return o.type;
    }
  }
}
