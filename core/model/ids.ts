/** Ids only need to be unique within a document; they are not secrets. */
export function createId(prefix: string): string {
  const random = Math.random().toString(36).slice(2, 10).padEnd(8, '0');
  return `${prefix}-${Date.now().toString(36)}${random}`;
}
