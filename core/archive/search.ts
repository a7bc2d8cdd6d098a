import MiniSearch from 'minisearch';
import type { ItemRecord } from './records';

/**
 * Full-text search across a folder of minutes, by item: Betreff, Drucksache, the text (with
 * speakers and vote results as printed) and the resolution. Every word of the query must occur
 * (a Drucksache "288/2018" is the words "288" and "2018"); words match by prefix, so "Bebauungs"
 * finds "Bebauungsplan". MiniSearch keeps the index in memory: 500 files of minutes are a few
 * megabytes of text, indexed in well under a second, so no index file is kept beside them.
 */

export interface SearchHit {
  record: ItemRecord;
  /** The first line of the item that holds the query's words (all of them, else any). */
  line: string;
  score: number;
}

interface Indexed {
  id: number;
  title: string;
  paperRef: string;
  text: string;
  resolution: string;
}

/** The query's words as MiniSearch splits them: lower case, split on space and punctuation. */
function words(query: string): string[] {
  return query
    .toLocaleLowerCase('de')
    .split(/[\s\-/.,;:!?()"„“”'«»]+/u)
    .filter(Boolean);
}

function lineFor(record: ItemRecord, query: string): string {
  const terms = words(query);
  const candidates = [
    ...(record.paperRef ? [`Drucksache ${record.paperRef}`] : []),
    record.title,
    ...record.lines,
  ].filter(Boolean);
  const has = (line: string, term: string) => line.toLocaleLowerCase('de').includes(term);
  return (
    candidates.find((line) => terms.every((t) => has(line, t))) ??
    candidates.find((line) => terms.some((t) => has(line, t))) ??
    record.title
  );
}

export function searchRecords(records: readonly ItemRecord[], query: string): SearchHit[] {
  return createArchiveIndex(records)(query);
}

/**
 * Indexes the records once and answers many queries (the app's archive view searches as the
 * clerk types; the CLI asks once).
 */
export function createArchiveIndex(records: readonly ItemRecord[]): (query: string) => SearchHit[] {
  const index = new MiniSearch<Indexed>({
    fields: ['title', 'paperRef', 'text', 'resolution'],
    tokenize: (text) => words(text),
    searchOptions: {
      combineWith: 'AND',
      prefix: true,
      boost: { paperRef: 3, title: 2 },
      tokenize: (text) => words(text),
    },
  });
  index.addAll(
    records.map((r, id) => ({
      id,
      title: r.title,
      paperRef: r.paperRef,
      text: r.lines.join('\n'),
      resolution: r.resolution ? `${r.resolution.text}\n${r.resolution.result}` : '',
    })),
  );
  return (query) => {
    if (words(query).length === 0) return [];
    return index.search(query).map((result) => {
      const record = records[result.id as number]!;
      return { record, line: lineFor(record, query), score: result.score };
    });
  };
}
