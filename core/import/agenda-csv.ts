import { UserError } from '../errors';
import { MAX_IMPORTED_ITEMS, type ImportedAgenda, type ImportedItem } from './agenda';
import { foundColumns, parseCsv, type CsvRecord } from './csv';

/**
 * An agenda from a table: one row per TOP with the columns TOP, Betreff, Drucksache and
 * öffentlich (header names in German or English, any case; Drucksache and öffentlich may be
 * left out). Every problem names the line of the file.
 */

type Column = 'number' | 'title' | 'paperRef' | 'public' | 'rapporteur';

/** Lower case, umlauts spelled out, only letters and digits: "Öffentlich?" → "oeffentlich". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

const HEADERS: Record<Column, readonly string[]> = {
  number: [
    'top',
    'topnr',
    'nr',
    'nummer',
    'tagesordnungspunkt',
    'number',
    'no',
    'item',
    'agendaitem',
  ],
  title: ['betreff', 'titel', 'gegenstand', 'thema', 'bezeichnung', 'title', 'subject', 'name'],
  paperRef: [
    'drucksache',
    'drucksachennr',
    'drucksachennummer',
    'vorlage',
    'vorlagennr',
    'vorlagennummer',
    'grdrs',
    'paper',
    'paperref',
    'reference',
  ],
  public: ['oeffentlich', 'offentlich', 'oeffentlichkeit', 'sitzungsart', 'public'],
  rapporteur: ['berichterstattung', 'berichterstatter', 'berichterstatterin', 'rapporteur'],
};

/** How the columns are named in messages when the file does not have them. */
const SHOWN: Record<Column, string> = {
  number: 'TOP',
  title: 'Betreff',
  paperRef: 'Drucksache',
  public: 'öffentlich',
  rapporteur: 'Berichterstattung',
};

const PUBLIC_YES = new Set([
  'ja',
  'j',
  'yes',
  'y',
  'x',
  '1',
  'true',
  'wahr',
  'oeffentlich',
  'offentlich',
  'oe',
  'public',
]);
const PUBLIC_NO = new Set([
  'nein',
  'n',
  'no',
  '0',
  'false',
  'falsch',
  'nichtoeffentlich',
  'nichtoffentlich',
  'noe',
  'nonpublic',
  'notpublic',
  'private',
]);

const MAX_LENGTH: Record<Column, number> = {
  number: 50,
  title: 10_000,
  paperRef: 2_000,
  public: 100,
  rapporteur: 2_000,
};

export function agendaFromCsv(text: string, file: string): ImportedAgenda {
  const { records } = parseCsv(text);
  const header = records[0];
  if (!header) throw new UserError('import.csv.noRows', { file });

  const columns = new Map<Column, number>();
  header.cells.forEach((cell, index) => {
    const key = fold(cell);
    for (const column of Object.keys(HEADERS) as Column[]) {
      if (!HEADERS[column].includes(key)) continue;
      if (columns.has(column)) throw new UserError('import.csv.duplicateColumn', { column: cell });
      columns.set(column, index);
    }
  });
  const found = foundColumns(header.cells, columns.size);
  for (const required of ['number', 'title'] as const) {
    if (!columns.has(required)) {
      throw new UserError('import.csv.missingColumn', { column: SHOWN[required], found });
    }
  }
  const rows = records.slice(1);
  if (rows.length === 0) throw new UserError('import.csv.noRows', { file });
  if (rows.length > MAX_IMPORTED_ITEMS) {
    throw new UserError('import.csv.tooManyRows', { file, max: MAX_IMPORTED_ITEMS });
  }

  const columnName = (column: Column): string => {
    const index = columns.get(column);
    return index === undefined ? SHOWN[column] : header.cells[index]!;
  };
  const cell = (record: CsvRecord, column: Column): string => {
    const index = columns.get(column);
    const value = index === undefined ? '' : (record.cells[index] ?? '').trim();
    if (value.length > MAX_LENGTH[column]) {
      throw new UserError('import.csv.tooLong', {
        line: record.line,
        column: columnName(column),
        max: MAX_LENGTH[column],
      });
    }
    return value;
  };
  // A column of crosses: an empty cell means "no". With words, an empty cell is a gap.
  const publicIndex = columns.get('public');
  const crosses =
    publicIndex !== undefined && rows.some((r) => fold(r.cells[publicIndex] ?? '') === 'x');

  const seen = new Map<string, number>();
  const items: ImportedItem[] = rows.map((record) => {
    const required = (column: Column): string => {
      const value = cell(record, column);
      if (value === '') {
        throw new UserError('import.csv.emptyCell', {
          line: record.line,
          column: columnName(column),
        });
      }
      return value;
    };
    const number = required('number').replace(/^TOP\s*/i, '');
    const first = seen.get(number);
    if (first !== undefined) {
      throw new UserError('import.csv.duplicateNumber', { line: record.line, number, first });
    }
    seen.set(number, record.line);
    const title = required('title');
    let isPublic = true;
    if (publicIndex !== undefined) {
      const raw = cell(record, 'public');
      const value = fold(raw);
      if (value === '' && crosses) isPublic = false;
      else if (value === '') {
        throw new UserError('import.csv.emptyCell', {
          line: record.line,
          column: columnName('public'),
        });
      } else if (PUBLIC_YES.has(value)) isPublic = true;
      else if (PUBLIC_NO.has(value)) isPublic = false;
      else {
        throw new UserError('import.csv.badPublic', {
          line: record.line,
          value: raw.slice(0, 60),
          column: columnName('public'),
        });
      }
    }
    const rapporteur = cell(record, 'rapporteur');
    return {
      number,
      title,
      public: isPublic,
      paperRef: cell(record, 'paperRef'),
      ...(rapporteur ? { rapporteur } : {}),
    };
  });
  return { items, people: [], attendance: [] };
}
