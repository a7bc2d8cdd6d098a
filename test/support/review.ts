import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sha256 } from '@noble/hashes/sha2.js';
import { paragraph, text } from '../../core/content/build';
import { isElement, type ContentNode } from '../../core/content/nodes';
import { parseProtokoll } from '../../core/file/format';
import { findPerson } from '../../core/model/fields';
import type { ProtocolDocument } from '../../core/model/schema';
import { addCorrection, signCorrection } from '../../core/review/corrections';
import { addKey, emptyKeyring, parseKeyring, type Keyring } from '../../core/review/keyring';
import type { SigningIdentity } from '../../core/review/signing';
import { sendForReview, sign } from '../../core/review/workflow';
import { formalName } from '../../core/style/names';

/**
 * Review states for export tests, made with the real workflow and fixed keys: documents signed
 * off the way the app signs them (so exports are tested on signatures that verify, and on ones
 * that do not), corrections after sign-off, suggestions and comment threads in the text.
 */

export const SIGNED_EXAMPLE = fileURLToPath(
  new URL('../../examples/stuttgart-va-2018-06-27-top12-signed.protokoll', import.meta.url),
);

export function loadDocument(path: string): ProtocolDocument {
  return parseProtokoll(readFileSync(path, 'utf8'), path);
}

/** A fixed key per name: reproducible, and worthless as a real signature. */
export function testIdentity(name: string): SigningIdentity {
  return {
    name,
    secretKey: sha256(new TextEncoder().encode(`protokollant-test-identity:${name}`)),
  };
}

/**
 * Sends a draft for review and signs every place of its rules, each by the person the place
 * names, a day apart from `firstDay` on: the document ends approved and complete.
 */
export function signedOff(
  draft: ProtocolDocument,
  firstDay = '2026-10-20',
  /** Signers' own identities by name; the others get a fixed test key. */
  own: readonly SigningIdentity[] = [],
): ProtocolDocument {
  let document = sendForReview(draft, 'Test', `${firstDay}T09:00:00+02:00`);
  const start = new Date(`${firstDay}T00:00:00Z`).getTime();
  draft.rules.signatories.forEach((slot, index) => {
    const person = findPerson(document, slot.personId);
    const day = new Date(start + (index + 1) * 86_400_000).toISOString().slice(0, 10);
    document = sign(document, {
      slot: index,
      identity: ((name) => own.find((i) => i.name === name) ?? testIdentity(name))(
        person ? formalName(person) : `Unterzeichner ${index + 1}`,
      ),
      personId: slot.personId,
      signedAt: `${day}T10:00:00+02:00`,
    });
  });
  return document;
}

/** The identity the signed example's demo signers used (scripts/examples/signed.ts). */
function demoIdentity(name: string): SigningIdentity {
  return {
    name,
    secretKey: sha256(new TextEncoder().encode(`protokollant-demo-identity:${name}`)),
  };
}

export const CORRECTION = {
  author: 'Herr Häbe',
  concerns: 'TOP 12, Abstimmungsergebnis',
  text: 'Der Beschluss wurde mit 15 Ja-Stimmen bei 2 Enthaltungen gefasst, nicht einmütig.',
  decidedIn: 'Sitzung des Verwaltungsausschusses vom 18.07.2018',
  at: '2018-07-12T09:00:00+02:00',
};

/**
 * The signed example with a correction after sign-off, signed by the chair (slot 0) and the
 * clerk (slot 3) with their demo keys; the two members have not signed it.
 */
export function signedExampleWithCorrection(): ProtocolDocument {
  let document = addCorrection(loadDocument(SIGNED_EXAMPLE), CORRECTION);
  const id = document.corrections.at(-1)!.id;
  document = signCorrection(
    document,
    id,
    0,
    demoIdentity('BM Dr. Mayer'),
    '2018-07-19T11:00:00+02:00',
  );
  document = signCorrection(
    document,
    id,
    3,
    demoIdentity('Herr Häbe'),
    '2018-07-19T11:30:00+02:00',
  );
  return document;
}

/** Words of the review paragraph, for finding them in exports. */
export const REVIEW_WORDS = {
  before: 'Zur Vorlage merkt der Ausschuss an,',
  inserted: 'nach eingehender Beratung',
  deleted: 'ohne Aussprache',
  marked: 'dass die Mittel befristet sind',
  comment: 'Bitte die Frist nennen.',
  reply: 'Die Frist endet am 31.12.2019.',
  resolved: 'Schon geklärt.',
};

/**
 * The document with a paragraph of review marks appended to its first item's text: an
 * insertion and a deletion suggested by the chair, and a passage carrying an open comment
 * thread (with a reply) and a resolved one.
 */
export function withReviewMarks(document: ProtocolDocument): ProtocolDocument {
  const w = REVIEW_WORDS;
  const item = document.items[0]!;
  const suggestion = (kind: 'insert' | 'delete', id: string, words: string, minute: string) =>
    ({
      type: 'suggestion',
      kind,
      id,
      author: 'BM Dr. Mayer',
      createdAt: `2018-07-03T10:${minute}:00Z`,
      children: [text(words)],
      direction: null,
      format: '',
      indent: 0,
      version: 1,
    }) as ContentNode;
  const mark = {
    type: 'mark',
    ids: ['c-open', 'c-done'],
    children: [text(w.marked)],
    direction: null,
    format: '',
    indent: 0,
    version: 1,
  } as ContentNode;
  const review = paragraph(
    `${w.before} `,
    suggestion('insert', 's-ins', `${w.inserted} `, '01'),
    suggestion('delete', 's-del', `${w.deleted} `, '02'),
    mark,
    '.',
  );
  const root = item.content.root;
  const sections = root.children.filter((c) => isElement(c) && c.type === 'protocol-section');
  const target = sections.at(-1);
  if (target && isElement(target)) target.children.push(review);
  else root.children.push(review);
  const thread = (id: string, author: string, at: string, said: string, resolved: boolean) => ({
    id,
    itemId: item.id,
    quote: w.marked,
    author,
    createdAt: at,
    text: said,
    resolved,
    resolvedBy: resolved ? 'Herr Häbe' : '',
    resolvedAt: resolved ? '2018-07-04T08:00:00Z' : '',
    replies: [] as ProtocolDocument['comments'][number]['replies'],
  });
  const open = thread('c-open', 'StR Perc', '2018-07-03T11:00:00Z', w.comment, false);
  open.replies = [
    { id: 'r-1', author: 'Herr Häbe', createdAt: '2018-07-03T12:00:00Z', text: w.reply },
  ];
  document.comments = [
    ...document.comments,
    open,
    thread('c-done', 'StR Dr. Reiners', '2018-07-03T11:30:00Z', w.resolved, true),
  ];
  return document;
}

/**
 * The keyring an administration would keep for the signers of `document`: each key of its
 * signatures (and of its corrections') under the signer's name, valid from 2000 on. Exports
 * and verify confirm signatures only with a keyring.
 */
export function keyringFor(document: ProtocolDocument): Keyring {
  let keyring = emptyKeyring('Test');
  const signatures = [...document.signatures, ...document.corrections.flatMap((c) => c.signatures)];
  for (const signature of signatures) {
    if (keyring.keys.some((k) => k.publicKey === signature.publicKey)) continue;
    keyring = addKey(keyring, {
      name: signature.name,
      publicKey: signature.publicKey,
      from: '2000-01-01',
      until: '',
    });
  }
  return keyring;
}

/** The demo keyring shipped beside the examples (examples/demo-schluesselverzeichnis.json). */
export const DEMO_KEYRING_PATH = fileURLToPath(
  new URL('../../examples/demo-schluesselverzeichnis.json', import.meta.url),
);

export function demoKeyring(): Keyring {
  return parseKeyring(JSON.parse(readFileSync(DEMO_KEYRING_PATH, 'utf8')), 'demo');
}
