import { useT } from '../ui/i18n';
import { StateBadge } from './StateBadge';
import { useReviewFrameContext } from './useReviewFrame';
import './review.css';

/** The document bar's part: the state badge, the next step, and the panel toggle. */
export function ReviewBar() {
  const t = useT();
  const review = useReviewFrameContext();
  const { state } = review.state;
  return (
    <div className="pk-review-bar">
      <StateBadge state={state} />
      {state === 'draft' ? (
        <button
          type="button"
          className="pk-button pk-button-small"
          onClick={() => review.openDialog({ kind: 'send' })}
        >
          {t('reviewUi.action.send')}
        </button>
      ) : null}
      {state === 'review' ? (
        <button
          type="button"
          className="pk-button pk-button-small"
          onClick={() => review.openDialog({ kind: 'sign' })}
        >
          {t('reviewUi.action.sign')}
        </button>
      ) : null}
      <button
        type="button"
        className={`pk-button pk-button-small${review.panelOpen ? ' is-pressed' : ''}`}
        aria-pressed={review.panelOpen}
        title={t('reviewUi.bar.panelHint')}
        data-testid="review-toggle"
        onClick={() => (review.panelOpen ? review.closePanel() : review.openPanel())}
      >
        {t('reviewUi.bar.panel')}
      </button>
    </div>
  );
}

/** The status line's part: "In Prüfung · Unterschriften 1 von 4". */
export function ReviewStatus() {
  const t = useT();
  const { state } = useReviewFrameContext();
  return (
    <span className="pk-status-review" data-testid="review-status">
      {t(`review.state.${state.state}`)}
      {state.required > 0 && state.state !== 'draft'
        ? ` · ${t('reviewUi.status.signatures', { signed: state.signed, required: state.required })}`
        : ''}
    </span>
  );
}
