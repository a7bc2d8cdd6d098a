import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { NodeJSONBase } from '../content/nodes';
import { isSpeakerNode } from '../content/nodes-protocol';
import { UserError } from '../errors';
import { parseProtokoll } from '../file/format';
import type { Lang } from '../i18n/catalog';
import { serializeSnippetSet, parseSnippetSet } from './format';
import { SNIPPET_FORMAT_ID } from './model';
import { STARTER_SNIPPETS, starterSnippetSet } from './starter';
import { validateSnippet, validateSnippets } from './validate';
import { fillSnippet, snippetContent } from './variables';

const stuttgart = parseProtokoll(
  readFileSync(
    new URL('../../examples/stuttgart-va-2018-06-27-top12.protokoll', import.meta.url),
    'utf8',
  ),
  'stuttgart',
);
const top12 = stuttgart.items[0]!;
const seed = readFileSync(
  new URL('../../test/fixtures/seed/stuttgart-va-2018-06-27-top12.txt', import.meta.url),
  'utf8',
);

function refusal(fn: () => unknown, lang: Lang = 'de'): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof UserError) return error.localized(lang);
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('snippet variables', () => {
  it('fills the reference sentences from the Stuttgart document', () => {
    const text = (id: string) =>
      fillSnippet(STARTER_SNIPPETS.find((s) => s.id === id)!.text, stuttgart, top12).text;
    expect(text('vorlage-dargestellt')).toBe(
      'Die Vorlageninhalte werden von BM Dr. Mayer dargestellt.',
    );
    expect(seed).toContain(text('vorlage-dargestellt'));
    expect(text('einmuetig')).toBe(
      'Der Verwaltungsausschuss stimmt dem Beschlussantrag einmütig zu.',
    );
    expect(seed).toContain(text('einmuetig'));
    expect(text('unterlage-beigefuegt')).toBe(
      'Die Beratungsunterlage ist dem Originalprotokoll sowie dem Protokollexemplar für die Hauptaktei beigefügt.',
    );
    expect(text('beratungsunterlage')).toContain('GRDrs 288/2018, mit folgendem');
  });

  it('fills TOP, Drucksache, Betreff, Datum and the body inside a sentence', () => {
    const filled = fillSnippet(
      'TOP {TOP} ({Drucksache}) vom {Datum}: {Betreff}; es berät {gremium}.',
      stuttgart,
      top12,
    );
    expect(filled.missing).toEqual([]);
    expect(filled.text).toBe(
      `TOP 12 (288/2018) vom 27.06.2018: ${top12.title}; es berät der Verwaltungsausschuss.`,
    );
  });

  it('leaves placeholders without a value visible and lists them', () => {
    const noItem = fillSnippet('Zu {Drucksache} spricht {Vorsitz}, Ort: {Ort}.', stuttgart);
    expect(noItem.text).toBe('Zu {Drucksache} spricht BM Dr. Mayer, Ort: {Ort}.');
    expect(noItem.missing).toEqual(['Drucksache', 'Ort']);
  });

  it('inserts {Vorsitz} as a speaker mention, so the roster stays the one source of names', () => {
    const nodes = snippetContent('Abschließend stellt {Vorsitz} fest:', stuttgart, top12);
    expect(nodes).toHaveLength(3);
    expect(nodes[0]).toMatchObject({ type: 'text', text: 'Abschließend stellt ' });
    const mention: NodeJSONBase = nodes[1]!;
    expect(isSpeakerNode(mention) && mention.personIds).toEqual(['p-mayer']);
    expect(nodes[2]).toMatchObject({ type: 'text', text: ' fest:' });
  });
});

describe('snippet validation', () => {
  it('the starter set is valid and has about ten snippets with unique shortcuts', () => {
    expect(validateSnippets(STARTER_SNIPPETS)).toEqual([]);
    expect(STARTER_SNIPPETS.length).toBeGreaterThanOrEqual(10);
  });

  it('names unknown placeholders, open braces, empty texts and bad shortcuts', () => {
    const keys = (text: string, shortcut?: string) =>
      validateSnippet({
        id: 'x',
        name: 'Test',
        text,
        ...(shortcut !== undefined ? { shortcut } : {}),
      }).map((i) => i.messageKey);
    expect(keys('{Vorsitzender} spricht.')).toEqual(['snippet.unknownVariable']);
    expect(keys('{Vorsitz spricht.')).toEqual(['snippet.unbalancedBrace']);
    expect(keys('Vorsitz} spricht.')).toEqual(['snippet.unbalancedBrace']);
    expect(keys('  ')).toEqual(['snippet.textEmpty']);
    expect(keys('Gut.', 'Mit Leerzeichen')).toEqual(['snippet.badShortcut']);
    expect(keys('Gut.', 'gut')).toEqual([]);
    expect(
      validateSnippets([
        { id: 'a', name: 'A', text: 'a', shortcut: 'x' },
        { id: 'a', name: 'B', text: 'b', shortcut: 'x' },
      ]).map((i) => [i.messageKey, i.index]),
    ).toEqual([
      ['snippet.idTwice', 1],
      ['snippet.shortcutTwice', 1],
    ]);
  });
});

describe('the portable snippet file', () => {
  it('round-trips a set', () => {
    const set = starterSnippetSet();
    const text = serializeSnippetSet(set);
    expect(JSON.parse(text).format).toBe(SNIPPET_FORMAT_ID);
    expect(parseSnippetSet(text, 'bausteine.json')).toEqual(set);
  });

  it('refuses foreign, newer and broken files with a message that says why', () => {
    expect(refusal(() => parseSnippetSet('{"a":1', 'x.json'))).toMatch(
      /^Die Textbaustein-Datei „x.json“ ist kein gültiges JSON/,
    );
    expect(refusal(() => parseSnippetSet('{"snippets": []}', 'x.json'))).toBe(
      'Die Datei „x.json“ ist keine Textbaustein-Datei von Protokollant (es fehlt die Formatkennung).',
    );
    expect(
      refusal(() =>
        parseSnippetSet('{"format": "protokollant/niederschrift", "version": 1}', 'x.protokoll'),
      ),
    ).toBe(
      'Die Datei „x.protokoll“ ist keine Textbaustein-Datei von Protokollant (das Format „protokollant/niederschrift“ ist unbekannt).',
    );
    expect(
      refusal(() =>
        parseSnippetSet(
          `{"format": "${SNIPPET_FORMAT_ID}", "version": 7, "snippets": []}`,
          'n.json',
        ),
      ),
    ).toContain('Formatversion 7, diese Version kennt bis 1');
    const broken = JSON.stringify({
      format: SNIPPET_FORMAT_ID,
      version: 1,
      name: 'X',
      snippets: [
        { id: 'ok', name: 'Gut', text: 'Gut.' },
        { id: 'bad', name: 'Schlecht', text: '{Foo} fehlt.' },
      ],
    });
    expect(refusal(() => parseSnippetSet(broken, 'b.json'))).toBe(
      'Die Textbaustein-Datei „b.json“ ist fehlerhaft: Eintrag 2: Der Textbaustein „Schlecht“ enthält den unbekannten Platzhalter „{Foo}“ (bekannt: {Vorsitz}, {Schriftführung}, {Gremium}, {gremium}, {Drucksache}, {TOP}, {Betreff}, {Berichterstattung}, {Datum}, {Ort}).',
    );
    const missing = JSON.stringify({
      format: SNIPPET_FORMAT_ID,
      version: 1,
      snippets: [{ id: 'a', name: 'A' }],
    });
    expect(refusal(() => parseSnippetSet(missing, 'm.json'), 'en')).toBe(
      'The snippet file “m.json” is invalid: entry 1: text: missing',
    );
  });
});
