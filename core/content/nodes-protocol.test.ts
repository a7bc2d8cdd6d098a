import { describe, expect, it } from 'vitest';
import { testMeeting, vote } from '../../test/support/test-meeting';
import { UserError } from '../errors';
import { validateDocument } from '../file/format';
import { paragraph, content } from './build';
import { findContentIssue } from './validate';
import { speakerNode, voteNode } from './nodes-protocol';

const rootWith = (node: unknown) => ({
  root: { type: 'root', version: 1, children: [{ ...paragraph(), children: [node] }] },
});
const issue = (node: unknown) => findContentIssue(rootWith(node));

describe('speaker and vote nodes on load', () => {
  it('accepts the shapes the core writes', () => {
    expect(issue(speakerNode(['p-a', 'p-b']))).toBeNull();
    expect(
      issue(
        voteNode({
          outcome: 'mehrheitlich-zugestimmt',
          counts: { yes: 6, no: 1, abstain: 2 },
          namedVotes: [{ personId: 'p-a', vote: 'ja' }],
          excluded: ['p-c'],
        }),
      ),
    ).toBeNull();
    expect(issue(voteNode({ outcome: 'vertagt' }))).toBeNull();
  });

  it('refuses broken speaker mentions', () => {
    expect(issue({ type: 'speaker', version: 1, personIds: [] })?.params).toMatchObject({
      field: 'personIds',
    });
    expect(issue({ type: 'speaker', version: 1, personIds: ['a', 'a'] })?.key).toBe(
      'content.badField',
    );
    expect(issue({ type: 'speaker', version: 1, personIds: [''] })?.key).toBe('content.badField');
    expect(issue({ type: 'speaker', version: 1 })?.key).toBe('content.badField');
  });

  it('refuses broken votes, naming the field', () => {
    const field = (patch: object) =>
      issue({ ...voteNode({ outcome: 'einstimmig' }), ...patch })?.params.field;
    expect(field({ outcome: 'angenommen' })).toBe('outcome');
    expect(field({ subject: 3 })).toBe('subject');
    expect(field({ counts: { yes: -1, no: 0, abstain: 0 } })).toBe('counts');
    expect(field({ counts: { yes: 1.5, no: 0, abstain: 0 } })).toBe('counts');
    expect(field({ counts: { yes: 1, no: 0 } })).toBe('counts');
    expect(field({ namedVotes: [{ personId: 'p-a', vote: 'vielleicht' }] })).toBe('namedVotes');
    expect(field({ namedVotes: undefined })).toBe('namedVotes');
    expect(field({ excluded: [7] })).toBe('excluded');
  });

  it('a document with a broken vote is refused with the place named', () => {
    const doc = testMeeting();
    doc.items[0]!.content = content([
      { ...(vote({ outcome: 'einstimmig' }) as object), outcome: 'x' } as never,
    ]);
    try {
      validateDocument(doc, 'test.protokoll');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).localized('de')).toBe(
        'Die Datei „test.protokoll“ ist fehlerhaft: TOP 1 › Text: fehlerhaftes Feld „outcome“ in einem Element vom Typ „vote“.',
      );
    }
  });
});

describe('speaker article', () => {
  it('is one of the articles a sentence may need', () => {
    expect(issue(speakerNode(['p-a', 'p-b'], 'der'))).toBeNull();
    expect(issue({ ...speakerNode(['p-a']), article: 'Der' })?.params).toMatchObject({
      field: 'article',
    });
  });
});
