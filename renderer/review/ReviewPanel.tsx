import { useId, useMemo, type KeyboardEvent } from 'react';
import { listSuggestions } from '../../core/review/suggestions';
import { useT } from '../ui/i18n';
import { CommentsPanel } from './CommentsPanel';
import { SuggestionsPanel } from './SuggestionsPanel';
import { useReviewFrameContext, type ReviewTab } from './useReviewFrame';
import { VersionsTab } from './VersionsTab';
import { WorkflowTab } from './WorkflowTab';
import './review.css';

const TABS: ReviewTab[] = ['workflow', 'versions', 'comments', 'suggestions'];

/** The review side panel of the document frame: workflow (and corrections), versions, comments, suggestions. */
export function ReviewPanel() {
  const t = useT();
  const review = useReviewFrameContext();
  const { document } = review;
  const baseId = useId();
  // Counted: what still waits for someone (open threads, undecided suggestions).
  const counts = useMemo<Partial<Record<ReviewTab, number>>>(
    () => ({
      comments: document.comments.filter((c) => !c.resolved).length,
      suggestions: document.items.reduce((n, item) => n + listSuggestions(item.content).length, 0),
    }),
    [document],
  );

  // Arrow keys move between the tabs, as in every tab strip of the system.
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(review.tab) + step + TABS.length) % TABS.length]!;
    review.openPanel(next);
    window.document.getElementById(`${baseId}-tab-${next}`)?.focus();
  };

  return (
    <aside
      className="pk-review-panel"
      aria-label={t('reviewUi.panel.title')}
      data-testid="review-panel"
      data-region="review"
    >
      <div className="pk-review-panel-head">
        <h2 className="pk-review-panel-title">{t('reviewUi.panel.title')}</h2>
        <button
          type="button"
          className="pk-button pk-button-quiet pk-icon-button"
          aria-label={t('reviewUi.panel.close')}
          title={t('reviewUi.panel.close')}
          onClick={review.closePanel}
        >
          ×
        </button>
      </div>
      <div className="pk-review-tabs" role="tablist" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab}
            id={`${baseId}-tab-${tab}`}
            type="button"
            role="tab"
            aria-selected={review.tab === tab}
            aria-controls={`${baseId}-panel`}
            tabIndex={review.tab === tab ? 0 : -1}
            className={`pk-review-tab${review.tab === tab ? ' is-active' : ''}`}
            onClick={() => review.openPanel(tab)}
          >
            {t(`reviewUi.tab.${tab}`)}
            {counts[tab] ? <span className="pk-tab-count">{counts[tab]}</span> : null}
          </button>
        ))}
      </div>
      <div
        id={`${baseId}-panel`}
        className="pk-review-panel-body"
        role="tabpanel"
        aria-labelledby={`${baseId}-tab-${review.tab}`}
      >
        {review.tab === 'workflow' ? <WorkflowTab /> : null}
        {review.tab === 'versions' ? <VersionsTab /> : null}
        {review.tab === 'comments' ? (
          <CommentsPanel
            document={document}
            userName={review.userName}
            onChange={review.updateComments}
            onSelectItem={review.selectItem}
          />
        ) : null}
        {review.tab === 'suggestions' ? (
          <SuggestionsPanel
            document={document}
            readOnly={review.state.readOnly}
            onDecide={review.decideSuggestions}
            onSelectItem={review.selectItem}
          />
        ) : null}
      </div>
    </aside>
  );
}
