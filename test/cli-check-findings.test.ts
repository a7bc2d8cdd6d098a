import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { itemContent, testMeeting, vote } from './support/test-meeting';
import { paragraph } from '../core/content/build';
import { serializeProtokoll } from '../core/file/format';
import type { ProtocolDocument } from '../core/model/schema';
import { ensureCliBuilt, runCli } from './support/cli';
import { KLEINWEILER_EXAMPLE, STUTTGART_EXAMPLE } from './support/seed';

let dir: string;
const write = (name: string, doc: ProtocolDocument): string => {
  const path = join(dir, name);
  writeFileSync(path, serializeProtokoll(doc));
  return path;
};
const out = (text: string) => text.trim().split('\n');

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), 'protokollant-check-'));
});

describe('protokollant check on the examples', () => {
  it('Kleinweiler is complete: exit 0', () => {
    const result = runCli(['check', KLEINWEILER_EXAMPLE]);
    expect(result.stderr).toBe('');
    expect(out(result.stdout)).toEqual([
      'Keine Befunde: die Niederschrift ist vollständig nach § 38 GemO BW.',
    ]);
    expect(result.status).toBe(0);
  });

  it('Stuttgart lacks the attendance and the two member signatures its seed does not give: exit 1', () => {
    const result = runCli(['check', STUTTGART_EXAMPLE]);
    expect(out(result.stdout)).toEqual([
      'Anwesenheit: Die Anwesenheit ist nicht erfasst; § 38 Abs. 1 S. 1 GemO BW verlangt die Zahl der anwesenden und die Namen der abwesenden Mitglieder.',
      'Unterzeichnung: Es ist nicht bestimmt, welche 2 Mitglieder, die an der Sitzung teilgenommen haben, unterzeichnen (§ 38 Abs. 2 S. 1 GemO BW).',
      '2 Befunde.',
    ]);
    expect(result.status).toBe(1);
  });

  it('speaks English with --lang en', () => {
    const result = runCli(['check', STUTTGART_EXAMPLE, '--lang', 'en']);
    expect(out(result.stdout)).toEqual([
      'Attendance: Attendance is not recorded; § 38 Abs. 1 S. 1 GemO BW requires the number of members present and the names of absent members.',
      'Signatures: It is not decided which 2 members who attended the meeting sign (§ 38 Abs. 2 S. 1 GemO BW).',
      '2 findings.',
    ]);
    expect(result.status).toBe(1);
  });
});

describe('protokollant check on vote arithmetic', () => {
  it('flags Ja 6, Nein 1, Enthaltung 2 when only 8 are present and entitled: exit 1', () => {
    const doc = testMeeting();
    doc.items[0]!.content = itemContent(
      [paragraph('Aussprache.')],
      [vote({ outcome: 'mehrheitlich-zugestimmt', counts: { yes: 6, no: 1, abstain: 2 } })],
    );
    const result = runCli(['check', write('zu-viele-stimmen.protokoll', doc)]);
    expect(out(result.stdout)).toEqual([
      'TOP 1 › Abstimmung: Erfasst sind 9 Stimmen (Ja 6, Nein 1, Enthaltung 2), bei diesem TOP waren aber nur 8 Mitglieder anwesend und stimmberechtigt.',
      '1 Befund.',
    ]);
    expect(result.status).toBe(1);
  });

  it('passes the same document with counts that fit: exit 0', () => {
    const doc = testMeeting();
    doc.items[0]!.content = itemContent(
      [paragraph('Aussprache.')],
      [vote({ outcome: 'mehrheitlich-zugestimmt', counts: { yes: 5, no: 1, abstain: 2 } })],
    );
    const result = runCli(['check', write('passt.protokoll', doc)]);
    expect(result.status).toBe(0);
    expect(out(result.stdout)).toEqual([
      'Keine Befunde: die Niederschrift ist vollständig nach § 38 GemO BW.',
    ]);
  });

  it('refuses what it cannot read with one clear line, and wants a file', () => {
    const broken = join(dir, 'kaputt.protokoll');
    writeFileSync(
      broken,
      '{"format": "protokollant/niederschrift", "schemaVersion": 1, "document": ',
    );
    const result = runCli(['check', broken]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(out(result.stderr)).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^Die Datei „kaputt.protokoll“ ist beschädigt oder keine Protokollant-Datei/,
    );
    const missing = runCli(['check']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim()).toBe(
      'Bitte die Eingabedatei angeben, z. B. „protokollant check sitzung.protokoll“.',
    );
  });
});
