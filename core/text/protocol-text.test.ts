import { describe, expect, it } from 'vitest';
import { paragraph } from '../content/build';
import { asContentNode, speakerNode } from '../content/nodes-protocol';
import { contentToPlainText } from '../content/walk';
import { itemContent, speaker, testMeeting, vote } from '../../test/support/test-meeting';
import { customText } from './protocol-text';
import { buildPrintDocument, printDocumentText } from '../export/print-model';

function meetingWithMentions() {
  const doc = testMeeting();
  doc.items[0]!.content = itemContent(
    [
      paragraph(speaker('p-a'), ' fragt nach den Kosten. ', speaker('p-bm'), ' antwortet.'),
      paragraph(
        'Nach ',
        speaker('p-a'),
        ' äußern sich ',
        asContentNode(speakerNode(['p-c', 'p-d'], 'die')),
        '.',
      ),
    ],
    [vote({ outcome: 'einmuetig', counts: { yes: 6, no: 0, abstain: 1 }, excluded: ['p-c'] })],
  );
  return doc;
}

describe('speaker and vote nodes in print and plain text', () => {
  it('prints mentions in the house style and the vote as its own paragraphs', () => {
    const text = printDocumentText(buildPrintDocument(meetingWithMentions()));
    expect(text).toContain('GR Arnold (CDU) fragt nach den Kosten. BM Sommer antwortet.');
    expect(text).toContain('Nach GR Arnold äußern sich die GRe Claus (SPD) und Dreher (SPD).');
    const at = text.indexOf('Der Gemeinderat stimmt dem Beschlussantrag einmütig zu.');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at + 1, at + 3)).toEqual([
      'Abstimmungsergebnis: Ja 6, Nein 0, Enthaltung 1',
      'GR Claus hat wegen Befangenheit an Beratung und Abstimmung nicht mitgewirkt.',
    ]);
    const vote = buildPrintDocument(
      meetingWithMentions(),
    ).parts[0]!.sections[0]!.items[0]!.blocks.find(
      (b) => b.kind === 'paragraph' && b.role === 'vote',
    );
    expect(vote).toBeDefined();
  });

  it('plain text renders the same words through the custom hook', () => {
    const doc = meetingWithMentions();
    const item = doc.items[0]!;
    const plain = contentToPlainText(item.content, customText(doc, item));
    expect(plain).toContain('GR Arnold (CDU) fragt nach den Kosten.');
    expect(plain).toContain('Abstimmungsergebnis: Ja 6, Nein 0, Enthaltung 1');
    // Without the hook the nodes have no words: the text is never stored in them.
    expect(contentToPlainText(item.content)).not.toContain('Arnold');
  });

  it('a roster change reaches every mention', () => {
    const doc = meetingWithMentions();
    doc.people = doc.people.map((p) => (p.id === 'p-a' ? { ...p, familyName: 'Arnold-Weiß' } : p));
    const text = printDocumentText(buildPrintDocument(doc)).join('\n');
    expect(text).toContain('GR Arnold-Weiß (CDU) fragt');
    expect(text).toContain('Nach GR Arnold-Weiß äußern');
    expect(text).not.toMatch(/Arnold[^-]/);
  });

  it('prints an unknown person visibly', () => {
    const doc = testMeeting();
    doc.items[0]!.content = itemContent(
      [paragraph(speaker('p-x'), ' spricht.')],
      [vote({ outcome: 'einstimmig' })],
    );
    expect(printDocumentText(buildPrintDocument(doc))).toContain('[unbekannte Person] spricht.');
  });
});
