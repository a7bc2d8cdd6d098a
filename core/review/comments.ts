import { walkContent } from '../content/walk';
import { UserError } from '../errors';
import { createId } from '../model/ids';
import type { CommentThread, ProtocolDocument } from '../model/schema';

/**
 * Comment threads. The editor anchors a thread in the text with Lexical mark nodes carrying
 * the thread id; the threads themselves (author, time, replies, resolved) live here, beside the
 * text, so they survive edits, undo, copy and paste as long as the mark does.
 */

export interface NewComment {
  itemId: string;
  quote: string;
  author: string;
  text: string;
  at: string;
  id?: string;
}

export function addComment(
  document: ProtocolDocument,
  comment: NewComment,
): { document: ProtocolDocument; id: string } {
  if (comment.text.trim() === '') throw new UserError('review.comment.empty');
  const id = comment.id ?? createId('c');
  const thread: CommentThread = {
    id,
    itemId: comment.itemId,
    quote: comment.quote.slice(0, 2_000),
    author: comment.author,
    createdAt: comment.at,
    text: comment.text,
    resolved: false,
    resolvedBy: '',
    resolvedAt: '',
    replies: [],
  };
  return { document: { ...document, comments: [...document.comments, thread] }, id };
}

function updateThread(
  document: ProtocolDocument,
  id: string,
  change: (thread: CommentThread) => CommentThread,
): ProtocolDocument {
  if (!document.comments.some((c) => c.id === id)) throw new UserError('review.comment.unknown');
  return { ...document, comments: document.comments.map((c) => (c.id === id ? change(c) : c)) };
}

export function replyToComment(
  document: ProtocolDocument,
  id: string,
  reply: { author: string; text: string; at: string },
): ProtocolDocument {
  if (reply.text.trim() === '') throw new UserError('review.comment.empty');
  return updateThread(document, id, (t) => ({
    ...t,
    replies: [
      ...t.replies,
      { id: createId('r'), author: reply.author, createdAt: reply.at, text: reply.text },
    ],
  }));
}

export function resolveComment(
  document: ProtocolDocument,
  id: string,
  by: string,
  at: string,
): ProtocolDocument {
  return updateThread(document, id, (t) => ({
    ...t,
    resolved: true,
    resolvedBy: by,
    resolvedAt: at,
  }));
}

export function reopenComment(document: ProtocolDocument, id: string): ProtocolDocument {
  return updateThread(document, id, (t) => ({
    ...t,
    resolved: false,
    resolvedBy: '',
    resolvedAt: '',
  }));
}

/** Thread ids still anchored in each item's text. */
export function anchoredCommentIds(document: ProtocolDocument): Map<string, string> {
  const anchored = new Map<string, string>();
  for (const item of document.items) {
    for (const node of walkContent(item.content)) {
      if (node.type === 'mark' && Array.isArray(node.ids)) {
        for (const id of node.ids as string[]) if (!anchored.has(id)) anchored.set(id, item.id);
      }
    }
  }
  return anchored;
}

/** Threads whose anchor text was deleted: shown apart in the side panel, never lost. */
export function orphanedComments(document: ProtocolDocument): CommentThread[] {
  const anchored = anchoredCommentIds(document);
  return document.comments.filter((c) => !anchored.has(c.id));
}
