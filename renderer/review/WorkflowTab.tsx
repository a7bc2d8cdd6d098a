import { useMemo } from 'react';
import { useShell } from '../ui/context';
import { formatDateTime, useT } from '../ui/i18n';
import { CorrectionsSection } from './CorrectionsSection';
import { historyKey } from './labels';
import { slotStatuses } from '../../core/review/places';
import { StateBadge } from './StateBadge';
import { useReviewFrameContext } from './useReviewFrame';
import { VerifySummary } from './VerifySummary';

/** Where the minutes stand, what comes next, who signed, and every step so far. */
export function WorkflowTab() {
  const t = useT();
  const { lang } = useShell();
  const review = useReviewFrameContext();
  const { document, state } = review;
  const statuses = useMemo(() => slotStatuses(document), [document]);
  const history = [...document.workflow.history].reverse();

  return (
    <div className="pk-review-section" data-testid="review-workflow">
      <div className="pk-workflow-state">
        <StateBadge state={state.state} large />
        <p className="pk-review-hint">{t(`reviewUi.workflow.next.${state.state}`)}</p>
      </div>
      <div className="pk-review-actions">
        {state.state === 'draft' ? (
          <button
            type="button"
            className="pk-button pk-button-primary"
            onClick={() => review.openDialog({ kind: 'send' })}
          >
            {t('reviewUi.action.send')}
          </button>
        ) : null}
        {state.state === 'review' ? (
          <>
            <button
              type="button"
              className="pk-button pk-button-primary"
              onClick={() => review.openDialog({ kind: 'sign' })}
            >
              {t('reviewUi.action.sign')}
            </button>
            <button
              type="button"
              className="pk-button"
              onClick={() => review.openDialog({ kind: 'return' })}
            >
              {t('reviewUi.action.return')}
            </button>
          </>
        ) : null}
        {state.state === 'approved' ? (
          <button
            type="button"
            className="pk-button"
            onClick={() => review.openDialog({ kind: 'correction' })}
          >
            {t('reviewUi.action.addCorrection')}
          </button>
        ) : null}
      </div>

      <h3 className="pk-review-heading">
        {t('reviewUi.workflow.signatures')}{' '}
        <span className="pk-review-count">
          {t('reviewUi.workflow.count', { signed: state.signed, required: state.required })}
        </span>
      </h3>
      <ul className="pk-mini-slots">
        {statuses.map((status) => (
          <li key={status.index} className={status.signature ? 'is-signed' : ''}>
            <span className="pk-mini-mark" aria-hidden="true">
              {status.signature ? '✓' : '○'}
            </span>
            <span className="pk-mini-label">{status.slot.label}</span>
            <span className="pk-mini-who">
              {status.signature
                ? status.signature.name
                : status.intended || t('reviewUi.sign.open')}
            </span>
          </li>
        ))}
      </ul>
      <VerifySummary document={document} />
      <CorrectionsSection />

      <h3 className="pk-review-heading">{t('reviewUi.workflow.history')}</h3>
      {history.length === 0 ? (
        <p className="pk-review-hint">{t('reviewUi.workflow.noHistory')}</p>
      ) : (
        <ol className="pk-history" data-testid="review-history">
          {history.map((entry, index) => (
            <li key={index} className={`pk-history-entry is-${entry.to}`}>
              <div className="pk-history-what">{t(historyKey(entry))}</div>
              <div className="pk-history-meta">
                {t('reviewUi.history.by', {
                  name: entry.by,
                  time: formatDateTime(entry.at, lang),
                })}
              </div>
              {entry.note ? <p className="pk-history-note">{entry.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
