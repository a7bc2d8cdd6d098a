import { resolve } from 'node:path';
import iconv from 'iconv-lite';
import type { HostRequestParsed, HostResponse } from '../../contract/host-api';
import { validateDocument } from '../../core/file/format';
import { rosterToCsv } from '../../core/roster/import';
import { writeFileAtomic } from '../fs/atomic-write';
import { inlineWork, type HostWork } from '../work/pool';

export type RosterEncoding = 'utf-8' | 'windows-1252';

/**
 * A roster CSV as bytes Excel opens without asking: UTF-8 with a BOM ("CSV UTF-8"), or
 * Windows-1252 for older Excel; characters Windows-1252 lacks become "?" (iconv-lite's choice).
 */
export function encodeRosterCsv(csv: string, encoding: RosterEncoding): Uint8Array {
  return encoding === 'utf-8'
    ? new Uint8Array(Buffer.from(`\ufeff${csv}`, 'utf8'))
    : new Uint8Array(iconv.encode(csv, 'win1252'));
}

/**
 * The people of a roster file the clerk chose, for the renderer to plan the import; read and
 * parsed where the host's long work runs (a worker thread in the app).
 */
export async function readRosterFile(
  request: HostRequestParsed<'roster.read'>,
  work: HostWork = inlineWork(),
): Promise<HostResponse<'roster.read'>> {
  return { entries: await work.run({ kind: 'roster', path: resolve(request.path) }) };
}

function withCsv(path: string): string {
  return path.toLowerCase().endsWith('.csv') ? path : `${path}.csv`;
}

/** Writes the roster of the document the renderer sends (validated again) as a CSV. */
export async function exportRosterFile(
  request: HostRequestParsed<'roster.export'>,
): Promise<HostResponse<'roster.export'>> {
  const path = withCsv(resolve(request.path));
  const document = validateDocument(request.document, 'Protokoll');
  const bytes = encodeRosterCsv(rosterToCsv(document.people), request.encoding);
  await writeFileAtomic(path, bytes);
  return { path, bytes: bytes.byteLength };
}
