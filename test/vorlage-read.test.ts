import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../core/errors';
import { beratungsunterlageSentence } from '../core/import/vorlage';
import { readVorlage } from '../host/services/vorlage';
import {
  VORLAGE_BEGRUENDUNG,
  VORLAGE_BETREFF,
  VORLAGE_POINTS,
  VORLAGE_SENTENCE,
  VORLAGE_STAFF_TABLE,
  writeVorlage,
} from './support/vorlage';

/**
 * The host reads the Stuttgart Beschlussvorlage (GRDrs 288/2018) from a real DOCX (built with
 * `docx`) and from the PDF LibreOffice prints of it: the Beschlussantrag as a numbered list,
 * the Begründung, the paper's number, subject, file reference, department and date.
 */
let dir: string;
let files: { docx: string; pdf: string | null };
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pk-vorlage-'));
  files = await writeVorlage(dir, { pdf: true });
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a Beschlussvorlage read by the host', () => {
  for (const format of ['docx', 'pdf'] as const) {
    it(`finds the parts and details in the ${format.toUpperCase()}`, async () => {
      const path = files[format];
      expect(path, 'LibreOffice printed the PDF').toBeTruthy();
      const vorlage = await readVorlage({ path: path! });
      expect(vorlage.paperRef).toBe('288/2018');
      expect(vorlage.fileRef).toBe('AKR 0410-00');
      expect(vorlage.date).toBe('29.05.2018');
      expect(vorlage.title).toBe(VORLAGE_BETREFF);
      expect(beratungsunterlageSentence(vorlage)).toBe(VORLAGE_SENTENCE);
      expect(vorlage.parts.map((p) => p.key)).toEqual(['beschlussantrag', 'begruendung']);
      expect(vorlage.parts[0]!.blocks).toEqual([{ kind: 'numberedList', items: VORLAGE_POINTS }]);
      expect(vorlage.parts[1]!.blocks).toEqual(
        VORLAGE_BEGRUENDUNG.map((text) => ({ kind: 'paragraph', text })),
      );
    });
  }

  it('keeps a table of the Beschlussantrag as a table, and leaves the head table out', async () => {
    const { docx } = await writeVorlage(dir, { staffTable: true, name: 'mit Stellen.docx' });
    const vorlage = await readVorlage({ path: docx });
    expect(vorlage.parts.map((p) => p.key)).toEqual(['beschlussantrag', 'begruendung']);
    expect(vorlage.parts[0]!.blocks).toEqual([
      { kind: 'numberedList', items: VORLAGE_POINTS },
      { kind: 'table', rows: VORLAGE_STAFF_TABLE },
    ]);
    // The head's distribution table ("Vorlage an | zur | …") is no part of the item.
    expect(JSON.stringify(vorlage.parts)).not.toContain('Sitzungstermin');
    expect(vorlage.paperRef).toBe('288/2018');
    expect(vorlage.title).toBe(VORLAGE_BETREFF);
  });

  it('refuses what is not a Vorlage with a message naming the file', async () => {
    const text = join(dir, 'notiz.docx');
    await writeFile(text, 'nur Text');
    const refused = await readVorlage({ path: text }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).code).toBe('vorlage.unsupported');
    expect((refused as Error).message).toContain('notiz.docx');
    const broken = await readVorlage({
      name: 'kaputt.pdf',
      data: Buffer.from('%PDF-1.4\nkaputt'),
    }).catch((e: unknown) => e);
    expect((broken as UserError).code).toMatch(/^vorlage\.(unreadable|noText)$/);
    const other = await readVorlage({ path: '/etc/passwd' }).catch((e: unknown) => e);
    expect((other as UserError).code).toBe('vorlage.unsupported');
    expect((other as Error).message).not.toContain('root');
    const missing = await readVorlage({ path: join(dir, 'fehlt.pdf') }).catch((e: unknown) => e);
    expect((missing as UserError).code).toBe('vorlage.unreadable');
  });
});
