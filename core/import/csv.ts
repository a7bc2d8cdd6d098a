import { UserError } from '../errors';

/**
 * CSV as Excel writes it: semicolon (German Excel), comma or tab separated; fields in double
 * quotes may hold separators, line breaks and doubled quotes; lines end in CRLF, LF or CR.
 */

export interface CsvRecord {
  /** Line of the file where the record starts (1-based), for messages. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  delimiter: ';' | ',' | '\t';
  records: CsvRecord[];
}

const DELIMITERS = [';', ',', '\t'] as const;

/** The separator the header line uses most, outside quotes; German Excel's ";" on a tie. */
export function detectDelimiter(text: string): CsvTable['delimiter'] {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best: CsvTable['delimiter'] = ';';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

export function parseCsv(text: string, delimiter = detectDelimiter(text)): CsvTable {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoteLine = 0;
  let inQuotes = false;
  /** The field began with a quote, so text after its closing quote is kept as Excel does. */
  let wasQuoted = false;

  const endField = () => {
    cells.push(wasQuoted ? field : field.trim());
    field = '';
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    if (cells.some((c) => c.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (inQuotes) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else if (char === '\r') {
        // A line break inside a field is kept as "\n", whatever the file used.
        if (text[i + 1] !== '\n') {
          field += '\n';
          line++;
        }
      } else {
        if (char === '\n') line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && field.trim() === '' && !wasQuoted) {
      inQuotes = true;
      wasQuoted = true;
      field = '';
      quoteLine = line;
    } else if (char === delimiter) {
      endField();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (inQuotes) throw new UserError('import.csv.unclosedQuote', { line: quoteLine });
  if (field !== '' || cells.length > 0) endRecord();
  return { delimiter, records };
}

/**
 * The header cells a "column missing" message may show: only when the file has at least one
 * column we know (it is a table of the expected kind). Otherwise the first line could be any
 * file's content, such as a password list the page named (issue 12): none of it is echoed.
 */
export function foundColumns(
  cells: readonly string[],
  recognised: number,
): string | ((lang: 'de' | 'en') => string) {
  if (recognised > 0) return cells.map((c) => `„${c.slice(0, 80)}“`).join(', ');
  return (lang) => (lang === 'de' ? 'keine der erwarteten' : 'none of the expected ones');
}
