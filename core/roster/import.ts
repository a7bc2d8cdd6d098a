import { decodeImportText, type DecodeBytes } from '../import/decode';
import { importKind } from '../import/import';
import { rosterFromCsv } from './csv';
import type { RosterEntry } from './entry';
import { rosterFromOparl } from './oparl';

export type { RosterEntry } from './entry';
export { planRosterImport, applyRosterImport, type RosterPlan } from './merge';
export { rosterToCsv } from './csv';

/**
 * The people of a roster file: a CSV as Excel writes it (UTF-8, Windows-1252 or UTF-16) or
 * OParl JSON (`decode`: the host's text decoder, see core/import/decode.ts). Throws UserError naming the line or the object at fault.
 */
export function readRoster(
  bytes: Uint8Array,
  file: string,
  decode: DecodeBytes,
  date = '',
): RosterEntry[] {
  const text = decodeImportText(bytes, file, decode);
  return importKind(file, text) === 'oparl'
    ? rosterFromOparl(text, file, { date })
    : rosterFromCsv(text, file);
}
