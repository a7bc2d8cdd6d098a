import { useMemo } from 'react';
import type { ProtocolDocument } from '../../core/model/schema';
import { listSuggestions } from '../../core/review/suggestions';
import { useShell } from '../ui/context';
import { formatDateTime, useT } from '../ui/i18n';
import type { SuggestionDecision } from '../../core/review/suggestions';

export interface SuggestionsPanelProps {
  document: ProtocolDocument;
  /** Signed text: suggestions are listed but can no longer be decided. */
  readOnly: boolean;
  /**
   * Accept or reject suggestions of one item. `applySuggestionDecision(document, decision)`
   * makes the new document; the editor of that item must take the new text.
   */
  onDecide(decision: SuggestionDecision): void;
  onSelectItem(itemId: string): void;
}

/** The suggested changes (track changes) per item: accept or reject one, or all of an item. */
export function SuggestionsPanel({
  document,
  readOnly,
  onDecide,
  onSelectItem,
}: SuggestionsPanelProps) {
  const t = useT();
  const { lang } = useShell();
  const groups = useMemo(
    () =>
      document.items
        .map((item) => ({ item, suggestions: listSuggestions(item.content) }))
        .filter((group) => group.suggestions.length > 0),
    [document],
  );
  const decideAll = (action: 'accept' | 'reject') => {
    for (const { item } of groups) onDecide({ itemId: item.id, ids: 'all', action });
  };

  return (
    <div className="pk-review-section" data-testid="suggestions-panel">
      {readOnly && groups.length > 0 ? (
        <p className="pk-review-hint">{t('reviewUi.suggestions.readOnly')}</p>
      ) : null}
      {groups.length === 0 ? (
        <p className="pk-review-hint">{t('reviewUi.suggestions.empty')}</p>
      ) : (
        <div className="pk-review-actions">
          <button
            type="button"
            className="pk-button"
            disabled={readOnly}
            onClick={() => decideAll('accept')}
          >
            {t('reviewUi.suggestions.acceptAll')}
          </button>
          <button
            type="button"
            className="pk-button"
            disabled={readOnly}
            onClick={() => decideAll('reject')}
          >
            {t('reviewUi.suggestions.rejectAll')}
          </button>
        </div>
      )}
      {groups.map(({ item, suggestions }) => (
        <section key={item.id} className="pk-thread-group">
          <h3 className="pk-review-heading">
            <button type="button" className="pk-link-button" onClick={() => onSelectItem(item.id)}>
              {t('reviewUi.comments.item', { number: item.number })}
            </button>
            <span className="pk-thread-group-title">{item.title}</span>
          </h3>
          <ul className="pk-threads">
            {suggestions.map((suggestion) => (
              <li
                key={suggestion.id}
                className="pk-suggestion-card"
                data-testid={`suggestion-${suggestion.id}`}
              >
                <div className="pk-suggestion-head">
                  <span className={`pk-suggestion-kind is-${suggestion.kind}`}>
                    {t(
                      suggestion.kind === 'insert'
                        ? 'reviewUi.suggestions.insert'
                        : 'reviewUi.suggestions.delete',
                    )}
                  </span>
                  <span className="pk-thread-meta">
                    {t('reviewUi.suggestions.meta', {
                      name: suggestion.author,
                      time: formatDateTime(suggestion.createdAt, lang),
                    })}
                  </span>
                </div>
                <p className="pk-suggestion-text">
                  {suggestion.kind === 'insert' ? (
                    <ins className="pk-diff-ins">
                      <span className="pk-sr-only">{t('reviewUi.diff.inserted')} </span>
                      {suggestion.text}
                    </ins>
                  ) : (
                    <del className="pk-diff-del">
                      <span className="pk-sr-only">{t('reviewUi.diff.deleted')} </span>
                      {suggestion.text}
                    </del>
                  )}
                </p>
                <div className="pk-thread-actions">
                  <span className="pk-thread-spacer" />
                  <button
                    type="button"
                    className="pk-button pk-button-small"
                    disabled={readOnly}
                    onClick={() =>
                      onDecide({ itemId: item.id, ids: [suggestion.id], action: 'accept' })
                    }
                  >
                    {t('reviewUi.suggestions.accept')}
                  </button>
                  <button
                    type="button"
                    className="pk-button pk-button-small"
                    disabled={readOnly}
                    onClick={() =>
                      onDecide({ itemId: item.id, ids: [suggestion.id], action: 'reject' })
                    }
                  >
                    {t('reviewUi.suggestions.reject')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
