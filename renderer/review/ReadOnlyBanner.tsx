import { useT } from '../ui/i18n';
import { useReviewFrameContext } from './useReviewFrame';
import './review.css';

/** Says why signed minutes cannot be edited, and what to do instead. */
export function ReadOnlyBanner() {
  const t = useT();
  const review = useReviewFrameContext();
  const { readOnlyReason, state } = review.state;
  if (review.lockedBy) {
    const { user, host } = review.lockedBy;
    return (
      <div className="pk-readonly-banner is-locked" role="status" data-testid="readonly-banner">
        <svg className="pk-readonly-icon" viewBox="0 0 16 16" aria-hidden="true">
          <rect x="3" y="7" width="10" height="7.5" rx="1.5" />
          <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" />
        </svg>
        <span className="pk-readonly-text">
          {user
            ? t('lock.banner', { user, host: host || t('lock.unknownHost') })
            : t('lock.bannerClosed')}
        </span>
      </div>
    );
  }
  if (!readOnlyReason) return null;
  return (
    <div className={`pk-readonly-banner is-${state}`} role="status" data-testid="readonly-banner">
      <svg className="pk-readonly-icon" viewBox="0 0 16 16" aria-hidden="true">
        <rect x="3" y="7" width="10" height="7.5" rx="1.5" />
        <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" />
      </svg>
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
