import { useId, useState } from 'react';
import { useShell } from '../ui/context';
import { formatDateTime, useT } from '../ui/i18n';
import { versionLabel } from './DiffDialog';
import { historyKey } from './labels';
import { lastReviewVersion } from '../../core/review/snapshots';
import { useReviewFrameContext } from './useReviewFrame';

/** The versions of the text (state changes and saved ones), and comparing any two of them. */
export function VersionsTab() {
  const t = useT();
  const { lang } = useShell();
  const review = useReviewFrameContext();
  const { document } = review;
  const versions = [...document.versions].reverse();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('current');
  const fromId = useId();
  const toId = useId();
  const sinceReview = lastReviewVersion(document);
  const compare = (fromVersion: string, toVersion: string) =>
    review.openDialog({
      kind: 'diff',
      comparison: { from: fromVersion, to: toVersion, sinceReview: false },
    });
  const fromValue = from || versions[0]?.id || '';

  return (
    <div className="pk-review-section" data-testid="review-versions">
      <div className="pk-review-actions">
        <button
          type="button"
          className="pk-button"
          onClick={() => review.openDialog({ kind: 'version' })}
        >
          {t('reviewUi.action.saveVersion')}
        </button>
        <button
          type="button"
          className="pk-button"
          disabled={!sinceReview}
          title={sinceReview ? undefined : t('reviewUi.diff.noReviewVersion')}
          onClick={review.compareSinceReview}
        >
          {t('reviewUi.action.changesSinceReview')}
        </button>
      </div>
      {versions.length === 0 ? (
        <p className="pk-review-hint">{t('reviewUi.versions.empty')}</p>
      ) : (
        <>
          <ol className="pk-versions" data-testid="versions-list">
            {versions.map((version) => (
              <li key={version.id} className="pk-version">
                <div className="pk-version-head">
                  <span className="pk-version-what">
                    {version.reason === 'manual'
                      ? t('reviewUi.versions.reason.manual')
                      : t(historyKey({ to: version.state }))}
                  </span>
                  <span className="pk-version-time">{formatDateTime(version.createdAt, lang)}</span>
                </div>
                <div className="pk-version-meta">{version.author}</div>
                {version.note ? <p className="pk-version-note">{version.note}</p> : null}
                <button
                  type="button"
                  className="pk-link-button"
                  onClick={() => compare(version.id, 'current')}
                >
                  {t('reviewUi.versions.compareWithCurrent')}
                </button>
              </li>
            ))}
          </ol>
          <fieldset className="pk-compare">
            <legend>{t('reviewUi.versions.compare')}</legend>
            <label htmlFor={fromId}>{t('reviewUi.versions.from')}</label>
            <select id={fromId} value={fromValue} onChange={(e) => setFrom(e.target.value)}>
              {versions.map((version) => (
                <option key={version.id} value={version.id}>
                  {versionLabel(version, t, lang)}
                </option>
              ))}
            </select>
            <label htmlFor={toId}>{t('reviewUi.versions.to')}</label>
            <select id={toId} value={to} onChange={(e) => setTo(e.target.value)}>
              <option value="current">{t('reviewUi.versions.current')}</option>
              {versions.map((version) => (
                <option key={version.id} value={version.id}>
                  {versionLabel(version, t, lang)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="pk-button"
              disabled={!fromValue}
              onClick={() => compare(fromValue, to)}
            >
              {t('reviewUi.action.compare')}
            </button>
          </fieldset>
        </>
      )}
    </div>
  );
}
