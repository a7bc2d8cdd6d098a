import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contentToPlainText } from '../core/content/walk';
import { customText } from '../core/text/protocol-text';
import { parseProtokoll, serializeProtokoll } from '../core/file/format';
import { buildPrintDocument, printDocumentText } from '../core/export/print-model';
import { buildExamples } from '../scripts/examples/index';
import {
  firstMissingInOrder,
  KLEINWEILER_EXAMPLE,
  SEED_HEADER,
  seedBodyLines,
  seedText,
  STUTTGART_EXAMPLE,
  squash,
} from './support/seed';

describe('examples/', () => {
  it('are what their builders make (regenerate with npx tsx scripts/examples/write.ts)', () => {
    for (const [name, document] of Object.entries(buildExamples())) {
      const onDisk = readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8');
      expect(onDisk, name).toBe(
        serializeProtokoll(parseProtokoll(serializeProtokoll(document), name)),
      );
    }
  });

  it('the Stuttgart example holds every word of the seed, in order', () => {
    const doc = parseProtokoll(readFileSync(STUTTGART_EXAMPLE, 'utf8'), 'stuttgart');
    const lines = printDocumentText(buildPrintDocument(doc));
    const all = lines.join('\n');
    expect(firstMissingInOrder(all, seedBodyLines())).toBeNull();
    // nothing but the seed: the printed body is exactly the seed body
    const body = all.slice(all.indexOf('Beratungsunterlage ist'));
    const seed = seedText();
    expect(squash(body)).toBe(squash(seed.slice(seed.indexOf('Beratungsunterlage ist'))));
    for (const [, value] of SEED_HEADER) expect(all).toContain(value);
    expect(lines[0]).toBe(
      'Protokoll: Verwaltungsausschuss des Gemeinderats der Landeshauptstadt Stuttgart',
    );
  });

  it('the Stuttgart Beschlussantrag is a real numbered list of three points', () => {
    const doc = parseProtokoll(readFileSync(STUTTGART_EXAMPLE, 'utf8'), 'stuttgart');
    const section = doc.items[0]!.content.root.children.find(
      (c) => (c as { section?: string }).section === 'beschlussantrag',
    );
    const list = (
      section as { children: { type: string; listType?: string; children: unknown[] }[] }
    ).children[0]!;
    expect(list.type).toBe('list');
    expect(list.listType).toBe('number');
    expect(list.children).toHaveLength(3);
  });

  it('the whole-meeting example has attendance, public and non-public items', () => {
    const doc = parseProtokoll(readFileSync(KLEINWEILER_EXAMPLE, 'utf8'), 'kleinweiler');
    expect(doc.form).toBe('meeting');
    expect(doc.items.some((i) => i.public)).toBe(true);
    expect(doc.items.some((i) => !i.public)).toBe(true);
    expect(doc.attendance.some((a) => a.status === 'excused' && a.reason)).toBe(true);
    expect(doc.attendance.some((a) => a.arrivedAtItem)).toBe(true);
    expect(doc.attendance.some((a) => a.leftAfterItem)).toBe(true);
    const text = printDocumentText(buildPrintDocument(doc)).join('\n');
    expect(text.indexOf('Öffentlicher Teil')).toBeLessThan(text.indexOf('Nichtöffentlicher Teil'));
    // The counts are a vote node now: its words come from the custom-node hook.
    expect(contentToPlainText(doc.items[2]!.content, customText(doc, doc.items[2]!))).toContain(
      'Abstimmungsergebnis: Ja 9, Nein 2, Enthaltung 1',
    );
  });
});
