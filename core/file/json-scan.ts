/**
 * A pre-pass over JSON text before JSON.parse: JSON.parse silently keeps the last of two equal
 * keys and recurses on nesting. A legal record whose JSON holds a key twice has been tampered
 * with or hand-edited, and hostile nesting must not exhaust the stack; both are refused here.
 * Syntax errors are left for JSON.parse to report.
 */

export type ScanProblem =
  { kind: 'tooDeep'; depth: number } | { kind: 'duplicateKey'; key: string; path: string };

export const MAX_JSON_DEPTH = 120;

/** The most characters of a key or a path a message shows. */
const MAX_SHOWN = 80;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export function scanJson(text: string, maxDepth = MAX_JSON_DEPTH): ScanProblem | null {
  // Per open container: null for arrays, the set of keys seen for objects.
  const stack: (Set<string> | null)[] = [];
  const names: string[] = [];
  let expectKey = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i + 1;
      let escaped = false;
      i++;
      while (i < length) {
        const d = text.charCodeAt(i);
        if (d === BACKSLASH) {
          escaped = true;
          i += 2;
          continue;
        }
        if (d === QUOTE) break;
        i++;
      }
      if (expectKey) {
        const raw = text.slice(start, i);
        let key = raw;
        if (escaped) {
          try {
            key = JSON.parse(`"${raw}"`) as string;
          } catch {
            return null; // malformed: JSON.parse will say so
          }
        }
        const keys = stack[stack.length - 1];
        if (keys) {
          if (keys.has(key)) {
            // The object holding the key twice (names' last entry is this object's previous key).
            // Shortened as the key is: both come from the file and go into a message.
            const path = names.slice(0, -1).join('.').slice(0, MAX_SHOWN) || '/';
            return { kind: 'duplicateKey', key: key.slice(0, MAX_SHOWN), path };
          }
          keys.add(key);
          names[names.length - 1] = key;
        }
        expectKey = false;
      }
      continue;
    }
    switch (c) {
      case 0x7b: // {
        stack.push(new Set());
        names.push('');
        expectKey = true;
        if (stack.length > maxDepth) return { kind: 'tooDeep', depth: stack.length };
        break;
      case 0x5b: // [
        stack.push(null);
        names.push('[]');
        expectKey = false;
        if (stack.length > maxDepth) return { kind: 'tooDeep', depth: stack.length };
        break;
      case 0x7d: // }
      case 0x5d: // ]
        stack.pop();
        names.pop();
        expectKey = false;
        break;
      case 0x2c: // ,
        expectKey = stack[stack.length - 1] instanceof Set;
        break;
      default:
        break;
    }
  }
  return null;
}
