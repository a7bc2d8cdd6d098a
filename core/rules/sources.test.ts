import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { stateProfiles } from './profiles';
import { ruleSources, rulesSourceTable } from './sources';

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
