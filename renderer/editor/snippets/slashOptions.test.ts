import { describe, expect, it } from 'vitest';
import { STARTER_SNIPPETS } from '../../../core/snippets/starter';
import {
  COMMAND_KEYWORDS,
  filterSlashEntries,
  snippetEntry,
  type SlashEntry,
} from './slashOptions';

const entries: SlashEntry[] = [
  ...STARTER_SNIPPETS.map(snippetEntry),
  {
    kind: 'command',
    key: 'command:vote',
    title: 'Abstimmungsergebnis',
    shortcut: '',
    command: 'vote',
    keywords: COMMAND_KEYWORDS.vote,
  },
  {
    kind: 'command',
    key: 'command:table',
    title: 'Tabelle',
    shortcut: '',
    command: 'table',
    keywords: COMMAND_KEYWORDS.table,
  },
];
const keys = (query: string) => filterSlashEntries(entries, query).map((e) => e.key);

describe('the slash menu filter', () => {
  it('lists everything for an empty query, in the given order', () => {
    expect(filterSlashEntries(entries, '', 100)).toHaveLength(entries.length);
    expect(keys('')[0]).toBe('snippet:vorlage-dargestellt');
  });

  it('ranks an exact shortcut first, then shortcut and title prefixes', () => {
    expect(keys('fest')[0]).toBe('snippet:feststellung');
    // Two shortcuts start with "ein", then a title that has it inside a word ("Keine …"); a
    // snippet that has it only in its text ("eingeladen") is not listed.
    expect(keys('ein')).toEqual([
      'snippet:einmuetig',
      'snippet:einstimmig',
      'snippet:keine-wortmeldungen',
    ]);
    expect(keys('schluss')[0]).toBe('snippet:schluss');
  });

  it('finds commands by title and keywords, umlauts typed plainly', () => {
    expect(keys('abst')).toEqual(['command:vote']);
    expect(keys('ergebnis')).toEqual(['command:vote']);
    expect(keys('tab')).toEqual(['command:table']);
    expect(keys('eroffnung')).toEqual(['snippet:eroeffnung']);
    expect(keys('xyz')).toEqual([]);
  });
});
