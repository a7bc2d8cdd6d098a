import { describe, expect, it } from 'vitest';
import { parseProtokoll } from '../file/format';
import type { ItemContent } from '../content/nodes';
import type { ProtocolDocument } from '../model/schema';
import { listSuggestions } from './suggestions';
import { returnToDraft, sendForReview, sign, withVersion } from './workflow';
import signedExample from '../../examples/stuttgart-va-2018-06-27-top12-signed.protokoll?raw';
import stuttgart from '../../examples/stuttgart-va-2018-06-27-top12.protokoll?raw';
import { paragraph } from '../content/build';
import { asContentNode, speakerNode } from '../content/nodes-protocol';
import { itemContent, speaker, testMeeting } from '../../test/support/test-meeting';
import { buildPrintDocument, printDocumentText } from '../export/print-model';
import { personForSlot } from './places';
import {
  condense,
  diffSnapshots,
  lastReviewVersion,
  snapshotOf,
  snapshotOfDocument,
} from './snapshots';
import { reviewState, sameSignedContent } from './state';
import { applySuggestionDecision } from './suggestions';

const draft = () => parseProtokoll(stuttgart, 'draft.protokoll');
const signed = () => parseProtokoll(signedExample, 'signed.protokoll');

function withText(document: ProtocolDocument, text: string): ProtocolDocument {
  const content: ItemContent = {
    root: {
      type: 'root',
      children: [{ type: 'paragraph', children: [{ type: 'text', text }] }],
    },
  };
  return { ...document, items: document.items.map((item) => ({ ...item, content })) };
}

describe('review state for the UI', () => {
  it('is editable as a draft and in review until the first signature; read-only after', () => {
    const doc = draft();
    expect(reviewState(doc)).toEqual({
      state: 'draft',
      readOnly: false,
      readOnlyReason: null,
      signed: 0,
      required: 4,
    });
    const inReview = sendForReview(doc, 'Herr Häbe', '2018-07-02T09:00:00+02:00');
    expect(reviewState(inReview).readOnly).toBe(false);
    const once = sign(inReview, {
      slot: 0,
      identity: { name: 'BM Dr. Mayer', secretKey: new Uint8Array(32).fill(7) },
      personId: 'p-mayer',
      signedAt: '2018-07-05T10:00:00+02:00',
    });
    expect(reviewState(once)).toMatchObject({
      state: 'review',
      readOnly: true,
      readOnlyReason: 'review.workflow.signedReadOnly',
      signed: 1,
    });
    expect(reviewState(signed())).toMatchObject({
      state: 'approved',
      readOnly: true,
      readOnlyReason: 'review.workflow.readOnly',
      signed: 4,
    });
  });

  it('finds the version taken when the draft was last sent for review', () => {
    let doc = draft();
    expect(lastReviewVersion(doc)).toBeNull();
    doc = sendForReview(doc, 'Herr Häbe', '2018-07-02T09:00:00Z');
    const first = doc.versions.at(-1)!;
    doc = returnToDraft(doc, 'BM Dr. Mayer', '2018-07-03T09:00:00Z', 'Bitte ergänzen.');
    expect(lastReviewVersion(doc)).toBe(first);
    doc = withVersion(doc, { author: 'x', note: '', reason: 'manual', at: '2018-07-03T10:00:00Z' });
    doc = sendForReview(doc, 'Herr Häbe', '2018-07-04T09:00:00Z');
    expect(lastReviewVersion(doc)).toBe(doc.versions.at(-1));
    expect(lastReviewVersion(doc)).not.toBe(first);
  });

  it('guards signed content: comments may change, the text may not', () => {
    const doc = signed();
    expect(sameSignedContent(doc, { ...doc, comments: [] })).toBe(true);
    // a workspace that rebuilt equal objects is no change
    expect(sameSignedContent(doc, structuredClone(doc))).toBe(true);
    const retitled = {
      ...doc,
      items: doc.items.map((i) => ({ ...i, title: `${i.title}!` })),
    };
    expect(sameSignedContent(doc, retitled)).toBe(false);
    expect(sameSignedContent(doc, { ...doc, meeting: { ...doc.meeting, place: 'Rathaus' } })).toBe(
      false,
    );
  });

  it('proposes the roster person of the user’s name for an open member place', () => {
    const doc = draft();
    expect(personForSlot(doc, 0, 'Irgendwer')).toBe('p-mayer');
    expect(personForSlot(doc, 1, 'StR Perc')).toBe('p-perc');
    expect(personForSlot(doc, 1, 'Unbekannt')).toBe('');
    expect(personForSlot(doc, 9, 'StR Perc')).toBe('');
  });
});

describe('diff of two states', () => {
  it('counts inserted and deleted words per item and names other changed parts', () => {
    const before = withText(draft(), 'Der Ausschuss stimmt einmütig zu.');
    const after = withText(
      { ...before, meeting: { ...before.meeting, place: 'Rathaus' } },
      'Der Verwaltungsausschuss stimmt einstimmig zu.',
    );
    const versioned = withVersion(before, {
      author: 'a',
      note: '',
      reason: 'manual',
      at: '2018-07-01T00:00:00Z',
    });
    const diff = diffSnapshots(snapshotOf(versioned.versions[0]!)!, snapshotOfDocument(after));
    expect(diff.items).toHaveLength(1);
    expect(diff.items[0]!.status).toBe('changed');
    expect(diff.items[0]!.ops.filter((o) => o.kind !== 'equal')).toEqual([
      { kind: 'delete', text: 'Ausschuss' },
      { kind: 'insert', text: 'Verwaltungsausschuss' },
      { kind: 'delete', text: 'einmütig' },
      { kind: 'insert', text: 'einstimmig' },
    ]);
    expect([diff.inserted, diff.deleted]).toEqual([2, 2]);
    expect(diff.otherParts).toEqual(['review.place.meeting']);
  });

  it('words speakers as print does, so a changed speaker shows', () => {
    const doc = draft();
    const text = diffSnapshots(snapshotOfDocument(doc), snapshotOfDocument(doc)).items[0]!.ops;
    expect(text.map((o) => o.text).join(' ')).toContain('BM Dr. Mayer');
  });

  it('words speakers exactly as print does, the article of a shared title included', () => {
    const doc = testMeeting();
    doc.items[0]!.content = itemContent(
      [
        paragraph(
          'Nach ',
          speaker('p-a'),
          ' äußern sich ',
          asContentNode(speakerNode(['p-c', 'p-d'], 'die')),
          '.',
        ),
      ],
      [],
    );
    const printed = printDocumentText(buildPrintDocument(doc)).join('\n');
    const phrase = 'Nach GR Arnold (CDU) äußern sich die GRe Claus (SPD) und Dreher (SPD).';
    expect(printed).toContain(phrase);
    const diffText = diffSnapshots(snapshotOfDocument(doc), snapshotOfDocument(doc))
      .items[0]!.ops.map((o) => o.text)
      .join(' ');
    expect(diffText).toContain(phrase);
  });

  it('shortens long unchanged runs around a change', () => {
    const words = (n: number, w: string) => Array.from({ length: n }, () => w).join(' ');
    const segments = condense(
      [
        { kind: 'equal', text: words(40, 'a') },
        { kind: 'insert', text: 'neu' },
        { kind: 'equal', text: words(40, 'b') },
        { kind: 'delete', text: 'alt' },
        { kind: 'equal', text: words(5, 'c') },
      ],
      3,
    );
    expect(segments).toEqual([
      { kind: 'gap', words: 37 },
      { kind: 'equal', text: 'a a a' },
      { kind: 'insert', text: 'neu' },
      { kind: 'equal', text: 'b b b' },
      { kind: 'gap', words: 34 },
      { kind: 'equal', text: 'b b b' },
      { kind: 'delete', text: 'alt' },
      { kind: 'equal', text: 'c c c c c' },
    ]);
  });

  it('cannot read a damaged version', () => {
    const version = withVersion(draft(), {
      author: 'a',
      note: '',
      reason: 'manual',
      at: '2018-07-01T00:00:00Z',
    }).versions[0]!;
    expect(snapshotOf({ ...version, content: '{nicht json' })).toBeNull();
    expect(snapshotOf({ ...version, content: '{"items":3}' })).toBeNull();
  });
});

describe('suggestion decisions', () => {
  const suggestion = (id: string, kind: 'insert' | 'delete', text: string) => ({
    type: 'suggestion' as const,
    id,
    kind,
    author: 'BM Dr. Mayer',
    createdAt: '2018-07-03T10:00:00Z',
    children: [{ type: 'text' as const, text }],
  });
  const withSuggestions = (): ProtocolDocument => {
    const doc = draft();
    const content: ItemContent = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Der Ausschuss stimmt ' },
              suggestion('s1', 'delete', 'einmütig'),
              suggestion('s2', 'insert', 'einstimmig'),
              { type: 'text', text: ' zu.' },
            ],
          },
        ],
      },
    };
    return { ...doc, items: doc.items.map((i) => ({ ...i, content })) };
  };
  const text = (doc: ProtocolDocument) =>
    JSON.stringify(doc.items[0]!.content)
      .match(/"text":"[^"]*"/g)!
      .join('|');

  it('accepts or rejects one, leaving the others', () => {
    const doc = withSuggestions();
    const itemId = doc.items[0]!.id;
    const accepted = applySuggestionDecision(doc, { itemId, ids: ['s1'], action: 'accept' });
    expect(listSuggestions(accepted.items[0]!.content).map((s) => s.id)).toEqual(['s2']);
    expect(text(accepted)).not.toContain('einmütig');
    const rejected = applySuggestionDecision(doc, { itemId, ids: ['s2'], action: 'reject' });
    expect(text(rejected)).not.toContain('einstimmig');
    expect(text(rejected)).toContain('einmütig');
    // the rest of the document is the same object
    expect(accepted.people).toBe(doc.people);
  });

  it('accepts all of an item', () => {
    const doc = withSuggestions();
    const all = applySuggestionDecision(doc, {
      itemId: doc.items[0]!.id,
      ids: 'all',
      action: 'accept',
    });
    expect(listSuggestions(all.items[0]!.content)).toEqual([]);
    expect(text(all)).toBe('"text":"Der Ausschuss stimmt "|"text":"einstimmig"|"text":" zu."');
  });
});
