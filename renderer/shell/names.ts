import type { ProtocolDocument } from '../../core/model/schema';
import type { Paths } from '../ui/paths';

/** A proposed name: what the host's file system refuses becomes a space, and it stays short. */
function clean(paths: Pick<Paths, 'safeName'>, text: string): string {
  return paths.safeName(text).replace(/\s+/g, ' ').trim().slice(0, 80).trim();
}

/**
 * A file name proposed for a document that has none: "Verwaltungsausschuss 2018-06-27 TOP 12".
 * `suffix` names an extract ("Auszug TOP 12").
 */
export function suggestedBaseName(
  document: ProtocolDocument,
  fallback: string,
  paths: Pick<Paths, 'safeName'>,
  suffix = '',
): string {
  const body = clean(
    paths,
    document.body.shortName.replace(/^(Der|Die|Das)\s+/, '') || document.body.name,
  );
  const parts = [body, document.meeting.date];
  if (document.form === 'per-item' && document.items.length === 1 && document.items[0]!.number) {
    parts.push(`TOP ${clean(paths, document.items[0]!.number)}`);
  }
  if (suffix) parts.push(clean(paths, suffix));
  const name = parts.filter((p) => p !== '').join(' ');
  return name || fallback;
}
