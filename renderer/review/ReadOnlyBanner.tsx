import { useT } from '../shell/i18n';
import { useReviewFrameContext } from './useReviewFrame';
import './review.css';

/** Says why signed minutes cannot be edited, and what to do instead. */
export function ReadOnlyBanner() {
  const t = useT();
  const review = useReviewFrameContext();
  const { readOnlyReason, state } = review.state;
  if (!readOnlyReason) return null;
  return (
    <div className="pk-readonly-banner" role="status" data-testid="readonly-banner">
      <span className="pk-readonly-icon" aria-hidden="true">
        🔒︎
      </span>
      <span className="pk-readonly-text">
        {t(readOnlyReason)}
        {review.refused ? ` ${t('reviewUi.banner.refused')}` : ''}
      </span>
      {state === 'approved' ? (
        <button
          type="button"
          className="pk-button pk-button-small"
          onClick={() => review.openDialog({ kind: 'correction' })}
        >
          {t('reviewUi.banner.correction')}
        </button>
      ) : (
        <button
          type="button"
          className="pk-button pk-button-small"
          onClick={() => review.openDialog({ kind: 'return' })}
        >
          {t('reviewUi.banner.return')}
        </button>
      )}
    </div>
  );
}
