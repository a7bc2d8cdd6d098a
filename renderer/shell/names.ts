import type { ProtocolDocument } from '../../core/model/schema';

/** Characters no file system accepts in a name, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f]+/g;

function clean(text: string): string {
  return text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim().slice(0, 80).trim();
}

/**
 * A file name proposed for a document that has none: "Verwaltungsausschuss 2018-06-27 TOP 12".
 * `suffix` names an extract ("Auszug TOP 12").
 */
export function suggestedBaseName(
  document: ProtocolDocument,
  fallback: string,
  suffix = '',
): string {
  const body = clean(
    document.body.shortName.replace(/^(Der|Die|Das)\s+/, '') || document.body.name,
  );
  const parts = [body, document.meeting.date];
  if (document.form === 'per-item' && document.items.length === 1 && document.items[0]!.number) {
    parts.push(`TOP ${clean(document.items[0]!.number)}`);
  }
  if (suffix) parts.push(clean(suffix));
  const name = parts.filter((p) => p !== '').join(' ');
  return name || fallback;
}

/** The file name without folder and extension. */
export function stem(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}
