import { describe, expect, it } from 'vitest';
import { content, paragraph, section, text } from '../content/build';
import type { ContentNode } from '../content/nodes';
import { findTemplate } from '../templates/registry';
import { instantiateTemplate } from '../templates/instantiate';
import { buildPrintDocument, type PrintBlock } from './print-model';

function docWith(children: ContentNode[]) {
  const doc = instantiateTemplate(findTemplate('gemeinderat-sitzung')!);
  doc.items[0]!.content = content([
    section('sachverhalt', 'Sachverhalt:', true, [paragraph(...children)]),
  ]);
  return doc;
}

const inlinesOf = (blocks: PrintBlock[]) =>
  (
    blocks.find((b) => b.kind === 'paragraph' && !b.role) as Extract<
      PrintBlock,
      { kind: 'paragraph' }
    >
  ).inlines;

describe('print model', () => {
  it('carries suggestions as tracked changes with author and time', () => {
    const doc = docWith([
      text('Der Rat '),
      {
        type: 'suggestion',
        kind: 'insert',
        id: 's1',
        author: 'BM',
        createdAt: '2026-01-02T10:00:00Z',
        children: [text('nicht ')],
        version: 1,
      },
      {
        type: 'suggestion',
        kind: 'delete',
        id: 's2',
        author: 'BM',
        createdAt: '2026-01-02T10:01:00Z',
        children: [text('gerne ')],
        version: 1,
      },
      text('stimmt zu.'),
    ] as ContentNode[]);
    const inlines = inlinesOf(buildPrintDocument(doc).parts[0]!.sections[0]!.items[0]!.blocks);
    expect(inlines.map((i) => [i.text, i.change?.kind])).toEqual([
      ['Der Rat ', undefined],
      ['nicht ', 'insert'],
      ['gerne ', 'delete'],
      ['stimmt zu.', undefined],
    ]);
  });

  it('carries comment anchors and, on request, their threads', () => {
    const doc = docWith([
      text('Vor '),
      { type: 'mark', ids: ['c1'], children: [text('markiert')], version: 1 } as ContentNode,
    ]);
    doc.comments = [
      {
        id: 'c1',
        itemId: doc.items[0]!.id,
        quote: 'markiert',
        author: 'BM',
        createdAt: '2026-01-02T10:00:00Z',
        text: 'Bitte prüfen',
        resolved: false,
        resolvedBy: '',
        resolvedAt: '',
        replies: [],
      },
    ];
    const without = buildPrintDocument(doc);
    expect(without.comments).toEqual([]);
    const inlines = inlinesOf(without.parts[0]!.sections[0]!.items[0]!.blocks);
    expect(inlines[1]).toMatchObject({ text: 'markiert', comments: ['c1'] });
    expect(buildPrintDocument(doc, { includeComments: true }).comments).toMatchObject([
      { id: 'c1', text: 'Bitte prüfen' },
    ]);
  });
});
