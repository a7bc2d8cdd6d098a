import { useId, useMemo, useState } from 'react';
import type { ProtocolDocument, Version } from '../../core/model/schema';
import { useShell } from '../ui/context';
import { formatDateTime, useT, type Translate } from '../ui/i18n';
import { Modal } from '../ui/Modal';
import { DiffText } from './DiffText';
import { historyKey } from './labels';
import {
  condense,
  diffSnapshots,
  snapshotOf,
  snapshotOfDocument,
  type Snapshot,
  type SnapshotDiff,
} from '../../core/review/snapshots';
import { useReviewFrameContext, type Comparison } from './useReviewFrame';

/** "05.07.2018, 10:00 – Statuswechsel: In Prüfung (Herr Häbe)". */
export function versionLabel(version: Version, t: Translate, lang: 'de' | 'en'): string {
  const what =
    version.reason === 'manual'
      ? version.note || t('reviewUi.versions.reason.manual')
      : t(historyKey({ to: version.state }));
  return t('reviewUi.versions.option', {
    time: formatDateTime(version.createdAt, lang),
    label: `${what} (${version.author})`,
  });
}

function snapshotFor(document: ProtocolDocument, id: string): Snapshot | null {
  if (id === 'current') return snapshotOfDocument(document);
  const version = document.versions.find((v) => v.id === id);
  return version ? snapshotOf(version) : null;
}

function DiffBody({ diff, onlyChanged }: { diff: SnapshotDiff; onlyChanged: boolean }) {
  const t = useT();
  const shown = diff.items.filter((item) => !onlyChanged || item.status !== 'same');
  const words = (count: number) =>
    count === 1 ? t('reviewUi.diff.wordOne') : t('reviewUi.diff.wordMany', { count });
  return (
    <>
      <div className="pk-diff-head">
        <p className="pk-diff-summary" data-testid="diff-summary">
          {diff.inserted + diff.deleted === 0
            ? t('reviewUi.diff.noChanges')
            : t('reviewUi.diff.summary', {
                inserted: words(diff.inserted),
                deleted: words(diff.deleted),
              })}
          {diff.otherParts.length > 0
            ? ` ${t('reviewUi.diff.otherParts', {
                parts: diff.otherParts.map((key) => t(key)).join(', '),
              })}`
            : ''}
        </p>
        <span className="pk-diff-legend" aria-hidden="true">
          <ins className="pk-diff-ins">{t('reviewUi.diff.legendInsert')}</ins>
          <del className="pk-diff-del">{t('reviewUi.diff.legendDelete')}</del>
        </span>
      </div>
      {shown.map((item) => (
        <section
          key={item.itemId}
          className={`pk-diff-item is-${item.status}`}
          data-testid={`diff-item-${item.itemId}`}
        >
          <h3 className="pk-diff-item-title">
            <span>{`TOP ${item.number}: ${item.title}`}</span>
            <span className={`pk-diff-status is-${item.status}`}>
              {t(`reviewUi.diff.status.${item.status}`)}
            </span>
          </h3>
          <DiffText segments={onlyChanged ? condense(item.ops) : item.ops} />
        </section>
      ))}
    </>
  );
}

/**
 * Two states of the minutes side by side in one text: per item, word by word, what was
 * inserted and deleted between a version and another version or the current text.
 */
export function DiffDialog({ comparison }: { comparison: Comparison }) {
  const t = useT();
  const { lang } = useShell();
  const review = useReviewFrameContext();
  const { document } = review;
  const [from, setFrom] = useState(comparison.from);
  const [to, setTo] = useState(comparison.to);
  const [onlyChanged, setOnlyChanged] = useState(true);
  const fromId = useId();
  const toId = useId();
  const versions = document.versions;

  const diff = useMemo(() => {
    const before = from ? snapshotFor(document, from) : null;
    const after = snapshotFor(document, to);
    return before && after ? diffSnapshots(before, after) : null;
  }, [document, from, to]);

  const title =
    comparison.sinceReview && from === comparison.from && to === 'current'
      ? t('reviewUi.diff.titleSinceReview')
      : t('reviewUi.diff.title');

  return (
    <Modal
      title={title}
      onCancel={review.closeDialog}
      testId="diff-dialog"
      page
      footer={
        <button type="button" className="pk-button" onClick={review.closeDialog}>
          {t('reviewUi.dialog.close')}
        </button>
      }
    >
      <div className="pk-diff-controls">
        <label htmlFor={fromId}>{t('reviewUi.versions.from')}</label>
        <select
          id={fromId}
          value={from}
          onChange={(event) => setFrom(event.target.value)}
          data-testid="diff-from"
        >
          {from === '' ? <option value="">–</option> : null}
          {versions.map((version) => (
            <option key={version.id} value={version.id}>
              {versionLabel(version, t, lang)}
            </option>
          ))}
        </select>
        <label htmlFor={toId}>{t('reviewUi.versions.to')}</label>
        <select
          id={toId}
          value={to}
          onChange={(event) => setTo(event.target.value)}
          data-testid="diff-to"
        >
          <option value="current">{t('reviewUi.versions.current')}</option>
          {versions.map((version) => (
            <option key={version.id} value={version.id}>
              {versionLabel(version, t, lang)}
            </option>
          ))}
        </select>
        <label className="pk-diff-only">
          <input
            type="checkbox"
            checked={onlyChanged}
            onChange={(event) => setOnlyChanged(event.target.checked)}
          />
          {t('reviewUi.diff.onlyChanged')}
        </label>
      </div>
      <div className="pk-diff-body" data-testid="diff-body">
        {from === '' ? (
          <p className="pk-review-hint">{t('reviewUi.diff.noReviewVersion')}</p>
        ) : diff ? (
          <DiffBody diff={diff} onlyChanged={onlyChanged} />
        ) : (
          <p className="pk-review-error" role="alert">
            {t('reviewUi.diff.unreadable')}
          </p>
        )}
      </div>
    </Modal>
  );
}
