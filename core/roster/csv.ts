import { UserError } from '../errors';
import { fold } from '../import/agenda-csv';
import { foundColumns, parseCsv, type CsvRecord } from '../import/csv';
import { emptyPerson, type PersonFields } from '../model/ops/people';
import type { Person, PersonKind } from '../model/schema';
import type { RosterEntry } from './entry';

/**
 * A roster as a table, the way clerks keep it in Excel: one row per person with columns such
 * as Anrede, Titel, Amtsbezeichnung, Vorname, Name, Fraktion, Dienststelle, Funktion, Art and
 * stimmberechtigt (German or English headers, any case, any order; only Name is required).
 * `rosterToCsv` writes the same columns back, so a roster goes out and comes in unchanged.
 */

type Column =
  | 'formOfAddress'
  | 'title'
  | 'honorific'
  | 'givenName'
  | 'familyName'
  | 'group'
  | 'unit'
  | 'role'
  | 'kind'
  | 'votingRight'
  | 'oparlId';

const HEADERS: Record<Column, readonly string[]> = {
  formOfAddress: ['anrede', 'salutation', 'formofaddress'],
  title: ['titel', 'akadtitel', 'akademischertitel', 'title', 'academictitle'],
  honorific: ['amtsbezeichnung', 'kuerzel', 'bezeichnung', 'honorific'],
  givenName: ['vorname', 'vornamen', 'givenname', 'firstname'],
  familyName: ['name', 'nachname', 'familienname', 'familyname', 'lastname', 'surname'],
  group: ['fraktion', 'gruppe', 'partei', 'liste', 'group', 'faction', 'party'],
  unit: ['dienststelle', 'amt', 'einheit', 'referat', 'unit', 'department'],
  role: ['funktion', 'rolle', 'role', 'function'],
  kind: ['art', 'typ', 'kind', 'type'],
  votingRight: ['stimmberechtigt', 'stimmrecht', 'votingright', 'voting', 'vote'],
  oparlId: ['oparlid', 'oparl', 'id'],
};

/** The headers rosterToCsv writes, in its order. */
const SHOWN: Record<Column, string> = {
  formOfAddress: 'Anrede',
  title: 'Titel',
  honorific: 'Amtsbezeichnung',
  givenName: 'Vorname',
  familyName: 'Name',
  group: 'Fraktion',
  unit: 'Dienststelle',
  role: 'Funktion',
  kind: 'Art',
  votingRight: 'stimmberechtigt',
  oparlId: 'OParl-ID',
};
const ORDER = Object.keys(SHOWN) as Column[];

const KIND_WORDS: Record<string, PersonKind> = {
  mitglied: 'member',
  member: 'member',
  verwaltung: 'staff',
  staff: 'staff',
  mitarbeiter: 'staff',
  mitarbeiterin: 'staff',
  gast: 'guest',
  guest: 'guest',
  sachverstaendige: 'guest',
  sachverstaendiger: 'guest',
};
const KIND_SHOWN: Record<PersonKind, string> = {
  member: 'Mitglied',
  staff: 'Verwaltung',
  guest: 'Gast',
};
const YES = new Set(['ja', 'j', 'x', '1', 'yes', 'y', 'true', 'wahr']);
const NO = new Set(['nein', 'n', '0', 'no', 'false', 'falsch']);

export const MAX_ROSTER_ROWS = 5_000;
const MAX_CELL = 2_000;

export function rosterFromCsv(text: string, file: string): RosterEntry[] {
  const { records } = parseCsv(text);
  const header = records[0];
  if (!header) throw new UserError('roster.noRows', { file });
  const columns = new Map<Column, number>();
  header.cells.forEach((cell, index) => {
    const key = fold(cell);
    for (const column of ORDER) {
      if (!HEADERS[column].includes(key)) continue;
      if (columns.has(column)) throw new UserError('import.csv.duplicateColumn', { column: cell });
      columns.set(column, index);
    }
  });
  if (!columns.has('familyName')) {
    throw new UserError('import.csv.missingColumn', {
      column: SHOWN.familyName,
      found: foundColumns(header.cells, columns.size),
    });
  }
  const rows = records.slice(1);
  if (rows.length === 0) throw new UserError('roster.noRows', { file });
  if (rows.length > MAX_ROSTER_ROWS) {
    throw new UserError('roster.tooManyRows', { file, max: MAX_ROSTER_ROWS });
  }
  const columnName = (column: Column) => header.cells[columns.get(column)!] ?? SHOWN[column];
  const cell = (record: CsvRecord, column: Column): string => {
    const index = columns.get(column);
    const value = index === undefined ? '' : (record.cells[index] ?? '').trim();
    if (value.length > MAX_CELL) {
      throw new UserError('import.csv.tooLong', {
        line: record.line,
        column: columnName(column),
        max: MAX_CELL,
      });
    }
    return value;
  };

  return rows.map((record) => {
    const familyName = cell(record, 'familyName');
    if (familyName === '') {
      throw new UserError('import.csv.emptyCell', {
        line: record.line,
        column: columnName('familyName'),
      });
    }
    const rawKind = cell(record, 'kind');
    const unit = cell(record, 'unit');
    const group = cell(record, 'group');
    let kind: PersonKind;
    if (rawKind) {
      const known = KIND_WORDS[fold(rawKind)];
      if (!known) {
        throw new UserError('roster.badKind', {
          line: record.line,
          value: rawKind.slice(0, 60),
          column: columnName('kind'),
        });
      }
      kind = known;
    } else {
      // Without an Art column: a unit and no group is the administration, else a member.
      kind = unit && !group ? 'staff' : 'member';
    }
    const rawVote = cell(record, 'votingRight');
    let votingRight = kind === 'member';
    if (rawVote) {
      const value = fold(rawVote);
      if (YES.has(value)) votingRight = true;
      else if (NO.has(value)) votingRight = false;
      else {
        throw new UserError('roster.badVote', {
          line: record.line,
          value: rawVote.slice(0, 60),
          column: columnName('votingRight'),
        });
      }
    }
    const role = cell(record, 'role');
    const fields: PersonFields = {
      ...emptyPerson(kind),
      kind,
      formOfAddress: cell(record, 'formOfAddress'),
      honorific: cell(record, 'honorific'),
      title: cell(record, 'title'),
      givenName: cell(record, 'givenName'),
      familyName,
      group,
      unit,
      role: role || emptyPerson(kind).role,
      votingRight,
    };
    return {
      fields,
      oparlId: cell(record, 'oparlId'),
      source: `Zeile ${record.line}`,
      chair: /^vorsitz/i.test(role) || /^(ober)?b(ü|ue)rgermeister/i.test(role),
    };
  });
}

/** A cell as Excel reads it back: quoted when it holds a separator, a quote or a line break. */
function csvCell(value: string): string {
  // A cell starting with = + - @ would be a formula in Excel: a leading apostrophe keeps it text.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The roster as a CSV as German Excel writes it: semicolons, CRLF; the caller encodes it. */
export function rosterToCsv(people: readonly Person[]): string {
  const lines = [ORDER.map((c) => SHOWN[c]).join(';')];
  for (const p of people) {
    const oparlId = typeof p.oparlId === 'string' ? p.oparlId : '';
    const values: Record<Column, string> = {
      formOfAddress: p.formOfAddress,
      title: p.title,
      honorific: p.honorific,
      givenName: p.givenName,
      familyName: p.familyName,
      group: p.group,
      unit: p.unit,
      role: p.role,
      kind: KIND_SHOWN[p.kind],
      votingRight: p.votingRight ? 'ja' : 'nein',
      oparlId,
    };
    lines.push(ORDER.map((c) => csvCell(values[c])).join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}
