import { useMemo, useState } from 'react';
import type { CommentThread, ProtocolDocument } from '../../core/model/schema';
import {
  anchoredCommentIds,
  reopenComment,
  replyToComment,
  resolveComment,
} from '../../core/review/comments';
import { useShell } from '../ui/context';
import { formatDateTime, useT } from '../ui/i18n';
import { reviewErrorText } from './useReviewFrame';

export interface CommentsPanelProps {
  document: ProtocolDocument;
  /** Who replies and resolves (settings.userName); empty: the panel only lists. */
  userName: string;
  /** A thread changed: the new document (threads live beside the text, not in it). */
  onChange(next: ProtocolDocument): void;
  /** The user clicked a thread: show its item (and the anchor of the thread). */
  onSelectItem(itemId: string, commentId: string): void;
}

function Thread({
  thread,
  props,
  orphaned,
}: {
  thread: CommentThread;
  props: CommentsPanelProps;
  orphaned: boolean;
}) {
  const t = useT();
  const { lang } = useShell();
  const [replying, setReplying] = useState(false);
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const named = props.userName !== '';
  const at = () => new Date().toISOString();

  const change = (make: () => ProtocolDocument) => {
    try {
      props.onChange(make());
      setError(null);
      return true;
    } catch (failure) {
      setError(reviewErrorText(failure, lang));
      return false;
    }
  };

  return (
    <li
      className={`pk-thread${thread.resolved ? ' is-resolved' : ''}`}
      data-testid={`thread-${thread.id}`}
    >
      {thread.quote ? (
        <button
          type="button"
          className="pk-thread-quote"
          disabled={orphaned}
          title={orphaned ? undefined : t('reviewUi.comments.goTo')}
          onClick={() => props.onSelectItem(thread.itemId, thread.id)}
        >
          {thread.quote}
        </button>
      ) : null}
      <div className="pk-thread-meta">
        {t('reviewUi.comments.meta', {
          name: thread.author,
          time: formatDateTime(thread.createdAt, lang),
        })}
      </div>
      <p className="pk-thread-text">{thread.text}</p>
      {thread.replies.length > 0 ? (
        <ul className="pk-replies">
          {thread.replies.map((r) => (
            <li key={r.id} className="pk-reply">
              <div className="pk-thread-meta">
                {t('reviewUi.comments.meta', {
                  name: r.author,
                  time: formatDateTime(r.createdAt, lang),
                })}
              </div>
              <p className="pk-thread-text">{r.text}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {thread.resolved ? (
        <div className="pk-thread-resolved">
          <span aria-hidden="true">✓ </span>
          {t('reviewUi.comments.resolvedBy', {
            name: thread.resolvedBy,
            time: formatDateTime(thread.resolvedAt, lang),
          })}
        </div>
      ) : null}
      {replying ? (
        <form
          className="pk-reply-form"
          onSubmit={(event) => {
            event.preventDefault();
            const done = change(() =>
              replyToComment(props.document, thread.id, {
                author: props.userName,
                text: reply.trim(),
                at: at(),
              }),
            );
            if (done) {
              setReply('');
              setReplying(false);
            }
          }}
        >
          <textarea
            rows={2}
            value={reply}
            aria-label={t('reviewUi.comments.replyLabel', { name: thread.author })}
            autoFocus
            onChange={(event) => setReply(event.target.value)}
            onKeyDown={(event) => {
              // Strg+Enter sends, as in every mail and chat program; Enter alone is a new line.
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                event.currentTarget.form?.requestSubmit();
              }
            }}
          />
          <div className="pk-thread-actions">
            <button type="button" className="pk-button" onClick={() => setReplying(false)}>
              {t('reviewUi.dialog.cancel')}
            </button>
            <button
              type="submit"
              className="pk-button pk-button-primary"
              disabled={reply.trim() === ''}
            >
              {t('reviewUi.comments.send')}
            </button>
          </div>
        </form>
      ) : (
        <div className="pk-thread-actions">
          {!orphaned ? (
            <button
              type="button"
              className="pk-link-button"
              onClick={() => props.onSelectItem(thread.itemId, thread.id)}
            >
              {t('reviewUi.comments.goTo')}
            </button>
          ) : null}
          <span className="pk-thread-spacer" />
          <button
            type="button"
            className="pk-button pk-button-small"
            disabled={!named}
            onClick={() => setReplying(true)}
          >
            {t('reviewUi.comments.reply')}
          </button>
          {thread.resolved ? (
            <button
              type="button"
              className="pk-button pk-button-small"
              onClick={() => change(() => reopenComment(props.document, thread.id))}
            >
              {t('reviewUi.comments.reopen')}
            </button>
          ) : (
            <button
              type="button"
              className="pk-button pk-button-small"
              disabled={!named}
              onClick={() =>
                change(() => resolveComment(props.document, thread.id, props.userName, at()))
              }
            >
              {t('reviewUi.comments.resolve')}
            </button>
          )}
        </div>
      )}
      {error ? (
        <p className="pk-review-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

/**
 * The comment threads of the document, per item in agenda order, with replies; resolve and
 * reopen. Threads whose anchor was deleted from the text are listed apart, never dropped.
 */
export function CommentsPanel(props: CommentsPanelProps) {
  const t = useT();
  const { document } = props;
  const [showResolved, setShowResolved] = useState(false);
  const { groups, orphaned, resolvedCount } = useMemo(() => {
    const anchored = anchoredCommentIds(document);
    const visible = document.comments.filter((c) => showResolved || !c.resolved);
    const byItem = new Map<string, CommentThread[]>();
    const lost: CommentThread[] = [];
    for (const thread of visible) {
      const itemId = anchored.get(thread.id);
      if (itemId === undefined) {
        lost.push(thread);
        continue;
      }
      byItem.set(itemId, [...(byItem.get(itemId) ?? []), thread]);
    }
    return {
      groups: document.items
        .filter((item) => byItem.has(item.id))
        .map((item) => ({ item, threads: byItem.get(item.id)! })),
      orphaned: lost,
      resolvedCount: document.comments.filter((c) => c.resolved).length,
    };
  }, [document, showResolved]);

  return (
    <div className="pk-review-section" data-testid="comments-panel">
      <label className="pk-review-toggle">
        <input
          type="checkbox"
          checked={showResolved}
          onChange={(event) => setShowResolved(event.target.checked)}
        />
        {t('reviewUi.comments.showResolved')}
        {resolvedCount > 0 ? ` (${resolvedCount})` : ''}
      </label>
      {props.userName === '' && document.comments.length > 0 ? (
        <p className="pk-review-hint">{t('reviewUi.comments.needName')}</p>
      ) : null}
      {groups.length === 0 && orphaned.length === 0 ? (
        <p className="pk-review-hint">{t('reviewUi.comments.empty')}</p>
      ) : null}
      {groups.map(({ item, threads }) => (
        <section key={item.id} className="pk-thread-group">
          <h3 className="pk-review-heading">
            {t('reviewUi.comments.item', { number: item.number })}
            <span className="pk-thread-group-title">{item.title}</span>
          </h3>
          <ul className="pk-threads">
            {threads.map((thread) => (
              <Thread key={thread.id} thread={thread} props={props} orphaned={false} />
            ))}
          </ul>
        </section>
      ))}
      {orphaned.length > 0 ? (
        <section className="pk-thread-group is-orphaned" data-testid="orphaned-comments">
          <h3 className="pk-review-heading">{t('reviewUi.comments.orphaned')}</h3>
          <p className="pk-review-hint">{t('reviewUi.comments.orphanedHint')}</p>
          <ul className="pk-threads">
            {orphaned.map((thread) => (
              <Thread key={thread.id} thread={thread} props={props} orphaned />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
