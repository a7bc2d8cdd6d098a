import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProtokoll, serializeProtokoll } from '../file/format';
import type { ProtocolDocument } from '../model/schema';
import { t } from '../i18n/catalog';
import { contentHash, signableContent } from './content';
import { sendForReview, sign } from './workflow';
import { verifyDocument } from './verify';

const secret = (seed: number) => new Uint8Array(32).fill(seed);
const chair = { name: 'BM Dr. Mayer', secretKey: secret(1) };
const clerk = { name: 'Herr Häbe', secretKey: secret(2) };

function signedExample(): ProtocolDocument {
  const text = readFileSync(
    new URL('../../examples/stuttgart-va-2018-06-27-top12.protokoll', import.meta.url),
    'utf8',
  );
  let doc = parseProtokoll(text, 'stuttgart');
  doc = {
    ...doc,
    rules: {
      profile: 'custom',
      signatories: [
        { role: 'chair', label: 'Vorsitz', personId: doc.meeting.chairId },
        { role: 'clerk', label: 'Protokollführung', personId: doc.meeting.clerkId },
      ],
    },
  };
  doc = sendForReview(doc, 'Herr Häbe', '2018-07-02T09:00:00Z');
  doc = sign(doc, {
    slot: 0,
    identity: chair,
    personId: doc.meeting.chairId,
    signedAt: '2018-07-03T10:00:00Z',
  });
  doc = sign(doc, {
    slot: 1,
    identity: clerk,
    personId: doc.meeting.clerkId,
    signedAt: '2018-07-03T11:00:00Z',
  });
  return doc;
}

/** Every leaf of a JSON value with its path. */
function leaves(
  value: unknown,
  path: (string | number)[] = [],
): { path: (string | number)[]; value: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [{ path, value }];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

function changed(value: unknown): unknown {
  if (typeof value === 'string')
    return value === '' ? ' ' : `${value.slice(0, -1)}${value.endsWith('x') ? 'y' : 'x'}`;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  return 'x';
}

describe('sign-off', () => {
  const signed = signedExample();

  it('a fully signed document verifies and is approved', () => {
    expect(signed.workflow.state).toBe('approved');
    const report = verifyDocument(signed);
    expect(report.problems).toEqual([]);
    expect(report.complete).toBe(true);
    expect(report.signers.map((s) => s.name)).toEqual(['BM Dr. Mayer', 'Herr Häbe']);
    expect(report.hash).toBe(contentHash(signed));
  });

  it('survives save and load', () => {
    const loaded = parseProtokoll(serializeProtokoll(signed), 'signed');
    expect(verifyDocument(loaded).complete).toBe(true);
  });

  it('detects any single change to the content', () => {
    const content = leaves(signableContent(signed));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: content.length - 1 }), (index) => {
        const copy = structuredClone(signed);
        const leaf = content[index]!;
        setAt(copy, leaf.path, changed(leaf.value));
        const report = verifyDocument(copy);
        expect(report.complete).toBe(false);
        expect(report.problems.map((p) => p.key)).toContain('review.verify.contentChanged');
      }),
      { numRuns: 300 },
    );
    // 300 full verifications (hash, chain, keys): minutes on a busy machine, not 5 seconds.
  }, 120_000);

  it('detects any single change to the signatures', () => {
    const sigLeaves = leaves(signed.signatures);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: sigLeaves.length - 1 }), (index) => {
        const copy = structuredClone(signed);
        const leaf = sigLeaves[index]!;
        setAt(copy.signatures, leaf.path, changed(leaf.value));
        expect(verifyDocument(copy).complete).toBe(false);
      }),
      { numRuns: 300 },
    );
    // 300 full verifications (hash, chain, keys): minutes on a busy machine, not 5 seconds.
  }, 120_000);

  it('detects removed, reordered and duplicated signatures', () => {
    expect(verifyDocument({ ...signed, signatures: [signed.signatures[1]!] }).complete).toBe(false);
    expect(
      verifyDocument({ ...signed, signatures: [...signed.signatures].reverse() }).complete,
    ).toBe(false);
    expect(
      verifyDocument({ ...signed, signatures: [signed.signatures[0]!, signed.signatures[0]!] })
        .complete,
    ).toBe(false);
  });

  it('says what changed after signing', () => {
    const copy = structuredClone(signed);
    copy.items[0]!.title = 'Geänderter Betreff';
    const problem = verifyDocument(copy).problems.find(
      (p) => p.key === 'review.verify.contentChanged',
    )!;
    expect(t('de', problem.key, problem.params)).toContain('Geändert: TOP 12');
    copy.meeting.date = '2018-06-28';
    const again = verifyDocument(copy).problems.find(
      (p) => p.key === 'review.verify.contentChanged',
    )!;
    expect(t('de', again.key, again.params)).toContain('Sitzungsangaben, TOP 12');
  });
});
