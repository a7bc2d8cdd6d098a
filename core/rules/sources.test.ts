import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { stateProfiles } from './profiles';
import { ACCEPTED_SOURCES, ruleSources, rulesSourceTable } from './sources';

/**
 * The rules profiles say for every rule where it comes from. A rule marked as checked
 * (`verified`) names the page its wording was read on; docs/rules-sources.md shows all of them
 * and must be regenerated (`npx tsx scripts/rules-table.ts`) whenever the data change.
 */

describe('sources of the rules profiles', () => {
  it('every verified rule names the address it was read at; every other one says why not', () => {
    let verified = 0;
    for (const { data } of stateProfiles()) {
      for (const { rule, source } of ruleSources(data)) {
        const where = `${data.state} ${rule} (${source.cite})`;
        expect(source.cite, where).toMatch(/\S/);
        if (source.verified) {
          verified++;
          expect(source.seenAt, where).toMatch(/^https?:\/\/\S+$/);
        } else {
          expect(source.note, where).toMatch(/\S/);
        }
      }
    }
    // Not a vacuous pass: most rules of the thirteen states are read in a stored copy.
    expect(verified).toBeGreaterThan(100);
  });

  it('a verified rule was read in a text of the law or a public body quoting it, never in a private article', () => {
    for (const { data } of stateProfiles()) {
      for (const { rule, source } of ruleSources(data)) {
        if (!source.verified) continue;
        const host = new URL(source.seenAt).host;
        expect(
          ACCEPTED_SOURCES[host],
          `${data.state} ${rule} (${source.cite}): ${host}`,
        ).toBeTruthy();
      }
    }
    // The kinds the policy turns away are not on the list: a lawyer's article, a wiki's
    // quotation and a learning platform were the sources of HE § 25, BY Art. 54 and NW § 49.
    for (const host of [
      'widget.anwalt.de',
      'buergerverein-burgkunstadt.de',
      'wissen.jurafuchs.de',
    ]) {
      expect(ACCEPTED_SOURCES[host], host).toBeUndefined();
    }
    const quoted = (state: string, cite: string) =>
      ruleSources(stateProfiles().find((p) => p.data.state === state)!.data).filter((r) =>
        r.source.cite.startsWith(cite),
      );
    for (const [state, cite] of [
      ['HE', '§ 25'],
      ['BY', 'Art. 54'],
      ['BY', 'Art. 47'],
      ['NW', '§ 49'],
    ] as const) {
      const rows = quoted(state, cite);
      expect(rows.length, `${state} ${cite}`).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.source.verified, `${state} ${row.rule}`).toBe(false);
        expect(row.source.note, `${state} ${row.rule}`).toMatch(/nicht als geprüft geführt/);
      }
    }
  });

  it('names a paragraph for each verified rule, never only the law', () => {
    for (const { data } of stateProfiles()) {
      for (const { rule, source } of ruleSources(data)) {
        if (source.verified) expect(source.cite, `${data.state} ${rule}`).toMatch(/§|Art\./);
      }
    }
  });

  it('says for each state without a quorum rule which paragraph it would be and why it is missing', () => {
    for (const { data } of stateProfiles()) {
      if (data.quorum) continue;
      expect(data.quorumNote?.note, data.state).toMatch(/\S/);
      expect(data.quorumNote?.verified, data.state).toBe(false);
    }
  });

  it('docs/rules-sources.md is the table generated from the data', async () => {
    const path = fileURLToPath(new URL('../../docs/rules-sources.md', import.meta.url));
    const expected = await format(rulesSourceTable(), { filepath: path });
    expect(readFileSync(path, 'utf8')).toBe(expected);
    // Spot checks that the table carries what a reader looks for.
    expect(expected).toContain('| SL');
    expect(expected).toMatch(
      /\| SH +\| Beschlussfähigkeit +\| § 38 Abs\. 1 und 2 GO SH +\| ja +\|/,
    );
    expect(expected).toMatch(/\| MV +\| Niederschrift +\| § 29 Abs\. 8 KV M-V +\| nein +\|/);
  });
});
