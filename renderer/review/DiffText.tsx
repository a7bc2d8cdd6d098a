import type { Segment } from '../../core/review/snapshots';
import { useT } from '../ui/i18n';

/**
 * Word-level changes: insertions underlined on green, deletions struck through on red, each
 * announced to screen readers in words (colour and line are for the eye only).
 */
export function DiffText({ segments }: { segments: readonly Segment[] }) {
  const t = useT();
  return (
    <p className="pk-diff-text">
      {segments.map((segment, index) => {
        const space = index > 0 ? ' ' : '';
        switch (segment.kind) {
          case 'insert':
            return (
              <span key={index}>
                {space}
                <ins className="pk-diff-ins">
                  <span className="pk-sr-only">{t('reviewUi.diff.inserted')} </span>
                  {segment.text}
                  <span className="pk-sr-only"> {t('reviewUi.diff.insertedEnd')}</span>
                </ins>
              </span>
            );
          case 'delete':
            return (
              <span key={index}>
                {space}
                <del className="pk-diff-del">
                  <span className="pk-sr-only">{t('reviewUi.diff.deleted')} </span>
                  {segment.text}
                  <span className="pk-sr-only"> {t('reviewUi.diff.deletedEnd')}</span>
                </del>
              </span>
            );
          case 'gap':
            return (
              <span key={index} className="pk-diff-gap">
                {space}
                {t('reviewUi.diff.gap', { count: segment.words })}
              </span>
            );
          default:
            return (
              <span key={index}>
                {space}
                {segment.text}
              </span>
            );
        }
      })}
    </p>
  );
}
