/**
 * Marks the untagged content of a tagged PDF page as artifacts (ISO 32000-1, 14.8.2.2).
 *
 * Chromium tags what the page's accessibility tree holds and leaves everything else outside
 * any marked content: the page margin boxes (the running header with the ENTWURF mark, the
 * footer with the page numbers) and the page background. A reader of a tagged PDF cannot tell
 * such content from tagged content that went missing, and PDF/UA checkers flag it. This wraps
 * each run of it in an Artifact marked-content sequence; text in the top or bottom page margin
 * becomes a pagination artifact (header or footer), the rest a plain artifact. Nothing is
 * removed or moved: the bytes between the inserted operators stay as they were.
 */

export interface ArtifactOptions {
  /** Page height in points (the MediaBox), to place text in the header or footer margin. */
  pageHeight: number;
  marginTopPt: number;
  marginBottomPt: number;
}

type Matrix = [number, number, number, number, number, number];

/**
 * An operator and where it stands. Its operands are cut from the text only when asked for:
 * Chromium places nearly every glyph with its own Td, and units() needs the numbers of just
 * the few before a text object's first glyph.
 */
class Op {
  constructor(
    readonly name: string,
    /** Offset of the first operand (or of the operator when it has none). */
    readonly start: number,
    /** Offset just after the operator. */
    readonly end: number,
    private readonly text: string,
    private readonly nameStart: number,
  ) {}

  /** The operands of the operators read here (cm, Tm, Td, TD: numbers only); else empty. */
  get operands(): string[] {
    if (!NUMERIC_OPERANDS.has(this.name)) return NO_OPERANDS;
    return this.text
      .slice(this.start, this.nameStart)
      .trim()
      .split(/\s+/)
      .filter((o) => NUMBER.test(o));
  }
}

/** Character classes by byte: 1 whitespace, 2 delimiter, 3 starts a number. */
const CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CLASS[c] = 1;
for (const c of '()<>[]{}/%') CLASS[c.charCodeAt(0)] = 2;
for (const c of '0123456789+-.') CLASS[c.charCodeAt(0)] = 3;
/** 1 for the bytes of a regular character (neither whitespace nor delimiter). */
const REGULAR = CLASS.map((kind) => (kind === 1 || kind === 2 ? 0 : 1));
const KEYWORD_OPERANDS = new Set(['true', 'false', 'null']);
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
/** Operators whose operands this reads; the others' are only skipped (most of the bytes). */
const NUMERIC_OPERANDS = new Set(['cm', 'Tm', 'Td', 'TD']);
const NO_OPERANDS: string[] = [];

const BACKSLASH = 0x5c;
const PAREN_OPEN = 0x28;
const PAREN_CLOSE = 0x29;
const ANGLE_OPEN = 0x3c;
const ANGLE_CLOSE = 0x3e;
const SLASH = 0x2f;
const PERCENT = 0x25;

const latin1Decoder = new TextDecoder('latin1');

/**
 * A page of Chromium's holds thousands of operators of a few dozen kinds: each short word
 * (up to three bytes, all of the standard operators but none of the keyword operands) is
 * decoded once, keyed by its bytes, so reading a stream allocates no string per operator.
 */
const shortWords = new Map<number, string>();
function word(bytes: Uint8Array, text: string, from: number, to: number): string {
  const length = to - from;
  if (length > 3) return text.slice(from, to);
  let key = length;
  for (let i = from; i < to; i++) key = (key << 8) | bytes[i]!;
  let known = shortWords.get(key);
  if (known === undefined) {
    known = text.slice(from, to);
    shortWords.set(key, known);
  }
  return known;
}

/** The operators of a content stream with their operands; null if it holds an inline image. */
export function readOperators(data: Uint8Array): Op[] | null {
  // A plain view, also of a Buffer: the loop below stays on one array type.
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  // Only the operators' operands and unknown words are cut from it.
  const text = latin1Decoder.decode(bytes);
  const ops: Op[] = [];
  let operandStart = -1;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const c = bytes[i]!;
    const kind = CLASS[c]!;
    if (kind === 1) {
      i++;
      continue;
    }
    const start = i;
    if (kind === 2) {
      if (c === PERCENT) {
        while (i < n && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
        continue;
      }
      if (c === PAREN_OPEN) {
        let depth = 0;
        for (; i < n; i++) {
          const d = bytes[i];
          if (d === BACKSLASH) i++;
          else if (d === PAREN_OPEN) depth++;
          else if (d === PAREN_CLOSE && --depth === 0) break;
        }
        i++;
      } else if (c === ANGLE_OPEN && bytes[i + 1] === ANGLE_OPEN) {
        i += 2;
      } else if (c === ANGLE_CLOSE && bytes[i + 1] === ANGLE_CLOSE) {
        i += 2;
      } else if (c === ANGLE_OPEN) {
        const close = bytes.indexOf(ANGLE_CLOSE, i);
        i = close < 0 ? n : close + 1;
      } else if (c === SLASH) {
        i++;
        while (i < n && REGULAR[bytes[i]!] === 1) i++;
      } else if (c === PAREN_CLOSE || c === ANGLE_CLOSE) {
        // A stray delimiter (")" or ">"): not a content stream we understand.
        return null;
      } else {
        // [ ] { }
        i++;
      }
      if (operandStart < 0) operandStart = start;
      continue;
    }
    while (i < n && REGULAR[bytes[i]!] === 1) i++;
    // Numbers start with a digit, sign or point; operators with a letter or quote.
    if (kind === 3) {
      if (operandStart < 0) operandStart = start;
      continue;
    }
    const name = word(bytes, text, start, i);
    if (KEYWORD_OPERANDS.has(name)) {
      if (operandStart < 0) operandStart = start;
      continue;
    }
    // An inline image's data is binary and not delimited by tokens: leave such a page alone.
    if (name === 'BI' || name === 'ID') return null;
    const from = operandStart < 0 ? start : operandStart;
    ops.push(new Op(name, from, i, text, start));
    operandStart = -1;
  }
  return ops;
}

const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're']);
const PATH_PAINTING = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'n']);
const TEXT_SHOWING = new Set(['Tj', 'TJ', "'", '"']);

interface Unit {
  kind: 'paint' | 'clip' | 'state' | 'q' | 'Q' | 'mc-begin' | 'mc-end' | 'text-with-mc';
  start: number;
  end: number;
  /** Where a text object's first glyph sits, in the page's default coordinates. */
  textAt?: { x: number; y: number };
}

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function matrixOf(operands: string[]): Matrix | null {
  if (operands.length !== 6) return null;
  const values = operands.map(Number);
  return values.every(Number.isFinite) ? (values as Matrix) : null;
}

/** Groups operators into what marked content may enclose whole: path and text objects, etc. */
function units(ops: Op[]): Unit[] {
  const out: Unit[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    switch (op.name) {
      case 'q':
        stack.push(ctm);
        out.push({ kind: 'q', start: op.start, end: op.end });
        continue;
      case 'Q':
        ctm = stack.pop() ?? IDENTITY;
        out.push({ kind: 'Q', start: op.start, end: op.end });
        continue;
      case 'cm': {
        const m = matrixOf(op.operands);
        if (m) ctm = multiply(m, ctm);
        out.push({ kind: 'state', start: op.start, end: op.end });
        continue;
      }
      case 'BDC':
      case 'BMC':
        out.push({ kind: 'mc-begin', start: op.start, end: op.end });
        continue;
      case 'EMC':
        out.push({ kind: 'mc-end', start: op.start, end: op.end });
        continue;
      case 'BT': {
        let j = i + 1;
        let inner = false;
        let tm: Matrix = IDENTITY;
        let line: Matrix = IDENTITY;
        let at: { x: number; y: number } | undefined;
        for (; j < ops.length && ops[j]!.name !== 'ET'; j++) {
          const t = ops[j]!;
          if (t.name === 'BDC' || t.name === 'BMC' || t.name === 'EMC') inner = true;
          else if (at) {
            // Only the first glyph's place is wanted: the rest only needs the end (ET) found.
            continue;
          } else if (t.name === 'Tm') {
            tm = matrixOf(t.operands) ?? tm;
            line = tm;
          } else if (t.name === 'Td' || t.name === 'TD') {
            const [tx, ty] = t.operands.map(Number);
            if (Number.isFinite(tx) && Number.isFinite(ty)) {
              line = multiply([1, 0, 0, 1, tx!, ty!], line);
              tm = line;
            }
          } else if (TEXT_SHOWING.has(t.name)) {
            const page = multiply(tm, ctm);
            at = { x: page[4], y: page[5] };
          }
        }
        const end = ops[Math.min(j, ops.length - 1)]!.end;
        out.push({
          kind: inner ? 'text-with-mc' : 'paint',
          start: op.start,
          end,
          ...(at ? { textAt: at } : {}),
        });
        i = j;
        continue;
      }
      default:
        break;
    }
    if (PATH_CONSTRUCTION.has(op.name)) {
      let j = i;
      while (j < ops.length && !PATH_PAINTING.has(ops[j]!.name)) j++;
      const last = ops[Math.min(j, ops.length - 1)]!;
      out.push({ kind: last.name === 'n' ? 'clip' : 'paint', start: op.start, end: last.end });
      i = j;
      continue;
    }
    if (op.name === 'Do' || op.name === 'sh') {
      out.push({ kind: 'paint', start: op.start, end: op.end });
      continue;
    }
    out.push({ kind: 'state', start: op.start, end: op.end });
  }
  return out;
}

type ArtifactKind = 'Header' | 'Footer' | 'plain';

function artifactOpening(kind: ArtifactKind): string {
  return kind === 'plain'
    ? '/Artifact BMC\n'
    : `/Artifact <</Type /Pagination /Subtype /${kind}>> BDC\n`;
}

/**
 * The content stream with its untagged painting wrapped in Artifact sequences; null when
 * there is nothing to wrap or the stream is not one this reads (an inline image).
 */
export function markArtifacts(bytes: Uint8Array, options: ArtifactOptions): Uint8Array | null {
  const ops = readOperators(bytes);
  if (!ops) return null;
  const inserts: { at: number; text: string }[] = [];
  let depth = 0;
  let open: ArtifactKind | null = null;
  let openEnd = 0;
  const close = () => {
    if (open === null) return;
    inserts.push({ at: openEnd, text: '\nEMC' });
    open = null;
  };
  const kindOf = (unit: Unit): ArtifactKind => {
    if (!unit.textAt) return 'plain';
    if (unit.textAt.y >= options.pageHeight - options.marginTopPt) return 'Header';
    if (unit.textAt.y <= options.marginBottomPt) return 'Footer';
    return 'plain';
  };
  for (const unit of units(ops)) {
    if (unit.kind === 'mc-begin') {
      close();
      depth++;
      continue;
    }
    if (unit.kind === 'mc-end') {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth > 0) continue;
    switch (unit.kind) {
      case 'q':
      case 'Q':
      case 'text-with-mc':
        // An artifact never spans a q/Q (graphics state and marked content nest in order).
        close();
        continue;
      case 'paint': {
        const kind = kindOf(unit);
        if (open !== kind) {
          close();
          inserts.push({ at: unit.start, text: artifactOpening(kind) });
          open = kind;
        }
        openEnd = unit.end;
        continue;
      }
      case 'clip':
      case 'state':
        if (open !== null) openEnd = unit.end;
        continue;
    }
  }
  close();
  if (inserts.length === 0) return null;
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const insert of inserts) {
    pieces.push(bytes.subarray(from, insert.at), encoder.encode(insert.text));
    from = insert.at;
  }
  pieces.push(bytes.subarray(from));
  const out = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
