/**
 * Canonical JSON (after RFC 8785 in spirit): object keys sorted by code unit, no whitespace,
 * strings and numbers as JSON.stringify writes them. Two equal models give the same bytes, so
 * their hash is the same whatever order a program wrote their keys in.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  const stack: unknown[] = [value];
  // Iterative, with markers for closing brackets: signed content may nest deeply.
  while (stack.length > 0) {
    const next = stack.pop();
    if (typeof next === 'object' && next !== null && CLOSE in next) {
      parts.push((next as { [CLOSE]: string })[CLOSE]);
      continue;
    }
    if (next === null || typeof next === 'boolean' || typeof next === 'string') {
      parts.push(JSON.stringify(next));
    } else if (typeof next === 'number') {
      if (!Number.isFinite(next)) throw new Error('canonical JSON has no non-finite numbers');
      parts.push(JSON.stringify(next));
    } else if (Array.isArray(next)) {
      parts.push('[');
      stack.push({ [CLOSE]: ']' });
      for (let i = next.length - 1; i >= 0; i--) {
        stack.push(next[i] === undefined ? null : next[i]);
        if (i > 0) stack.push({ [CLOSE]: ',' });
      }
    } else if (typeof next === 'object') {
      const record = next as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((k) => record[k] !== undefined)
        .sort();
      parts.push('{');
      stack.push({ [CLOSE]: '}' });
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push(record[keys[i]!]);
        stack.push({ [CLOSE]: `${JSON.stringify(keys[i])}:` });
        if (i > 0) stack.push({ [CLOSE]: ',' });
      }
    } else {
      throw new Error(`canonical JSON cannot hold a ${typeof next}`);
    }
  }
  return parts.join('');
}

const CLOSE = Symbol('close');
