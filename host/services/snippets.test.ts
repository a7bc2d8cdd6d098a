import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../core/errors';
import { SNIPPET_FORMAT_ID } from '../../core/snippets/model';
import { STARTER_SNIPPETS } from '../../core/snippets/starter';
import { SnippetsService } from './snippets';
import { tempFolder } from '../../test/support/host-services';

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return `${error.code}: ${error.localized('de')}`;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('the snippet store in the user data folder', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder()));
  afterEach(() => cleanup());

  it('offers the starter set until a set is stored, then the stored one across starts', async () => {
    const first = new SnippetsService(dir);
    expect((await first.get()).snippets.map((s) => s.id)).toEqual(
      STARTER_SNIPPETS.map((s) => s.id),
    );
    // Nothing stored: the body's set, neutral unless the body is Stuttgart's.
    const texts = async (starter?: 'neutral' | 'stuttgart') =>
      (await first.get(starter)).snippets.map((s) => s.text).join('\n');
    expect(await texts()).not.toMatch(/GRDrs|Referat/);
    expect(await texts('stuttgart')).toMatch(/GRDrs/);
    await first.exportTo(join(dir, 'export.json'), 'stuttgart');
    expect(await readFile(join(dir, 'export.json'), 'utf8')).toMatch(/GRDrs/);
    const mine = [
      { id: 'dank', name: 'Dank', text: '{Vorsitz} dankt allen.', shortcut: 'dank' },
      { id: 'pause', name: 'Pause', text: 'Die Sitzung wird unterbrochen.' },
    ];
    await first.set({ name: 'Meine Bausteine', snippets: mine });
    const stored = JSON.parse(await readFile(join(dir, 'snippets.json'), 'utf8'));
    expect(stored.format).toBe(SNIPPET_FORMAT_ID);
    const second = new SnippetsService(dir);
    expect(await second.get()).toEqual({
      format: SNIPPET_FORMAT_ID,
      version: 1,
      name: 'Meine Bausteine',
      snippets: mine,
    });
  });

  it('refuses a set with problems and keeps the stored one', async () => {
    const store = new SnippetsService(dir);
    await store.set({ name: 'A', snippets: [{ id: 'a', name: 'A', text: 'a', shortcut: 'x' }] });
    const message = await refusal(
      store.set({
        name: 'B',
        snippets: [
          { id: 'a', name: 'A', text: 'a', shortcut: 'x' },
          { id: 'b', name: 'B', text: '{Vorsitzender} spricht.' },
        ],
      }),
    );
    expect(message).toMatch(
      /^snippet\.unknownVariable: Der Textbaustein „B“ enthält den unbekannten Platzhalter/,
    );
    expect((await new SnippetsService(dir).get()).name).toBe('A');
  });

  it('exports a portable file and imports it (without storing), refusing foreign files', async () => {
    const store = new SnippetsService(dir);
    await store.set({
      name: 'Weiterzugeben',
      snippets: [{ id: 'a', name: 'A', text: 'Ein Satz.' }],
    });
    await mkdir(join(dir, 'austausch'));
    const file = join(dir, 'austausch', 'bausteine.json');
    expect(await store.exportTo(file)).toEqual({ path: file });
    const other = new SnippetsService(join(dir, 'other'));
    const imported = await other.importFrom(file);
    expect(imported.name).toBe('Weiterzugeben');
    expect((await other.get()).snippets).toHaveLength(STARTER_SNIPPETS.length);

    const foreign = join(dir, 'austausch', 'x.protokoll');
    await writeFile(foreign, '{"format": "protokollant/niederschrift", "version": 1}');
    expect(await refusal(other.importFrom(foreign))).toMatch(
      /^import\.snippets\.foreign: Die Datei „x\.protokoll“/,
    );
    expect(await refusal(other.importFrom(join(dir, 'nope.json')))).toMatch(/^file\.notFound/);
    expect(await refusal(other.importFrom(join(dir, 'austausch')))).toMatch(/^file\.isDirectory/);
    expect(await refusal(store.exportTo(join(dir, 'no-such-folder', 'x.json')))).toMatch(
      /^file\.unwritable/,
    );
  });

  it('a damaged store is kept aside and the starter set offered', async () => {
    await writeFile(join(dir, 'snippets.json'), '{"format": "protokollant/textbausteine"');
    const store = new SnippetsService(dir);
    expect((await store.get()).snippets).toHaveLength(STARTER_SNIPPETS.length);
    expect(await readFile(join(dir, 'snippets.json.damaged'), 'utf8')).toContain('textbausteine');
  });
});
