import { UserError } from '../errors';
import type { ProtocolDocument } from '../model/schema';
import type { Template } from '../templates/schema';
import { documentFromAgenda, type ImportedAgenda } from './agenda';
import { agendaFromCsv } from './agenda-csv';
import { decodeImportText, type DecodeBytes } from './decode';
import { agendaFromOparl } from './oparl';

export type ImportKind = 'oparl' | 'csv';

/** OParl for .json, CSV for .csv/.tsv/.txt; otherwise what the text looks like. */
export function importKind(file: string, text: string): ImportKind {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'oparl';
  if (lower.endsWith('.csv') || lower.endsWith('.tsv') || lower.endsWith('.txt')) return 'csv';
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') return 'oparl';
  throw new UserError('import.unknownKind', { file });
}

export interface ImportResult {
  document: ProtocolDocument;
  agenda: ImportedAgenda;
  kind: ImportKind;
}

/**
 * A new Niederschrift from an agenda file. Throws nothing but UserError, whose message
 * names the row or the object at fault. `decode` turns bytes into text once the core has told
 * the encoding (the host passes iconv-lite: host/import/decode-bytes.ts).
 */
export function importAgenda(
  bytes: Uint8Array,
  file: string,
  template: Template,
  decode: DecodeBytes,
): ImportResult {
  const text = decodeImportText(bytes, file, decode);
  const kind = importKind(file, text);
  const agenda = kind === 'oparl' ? agendaFromOparl(text, file) : agendaFromCsv(text, file);
  return { document: documentFromAgenda(agenda, template, file), agenda, kind };
}
