import type { UndoEntry } from './undo';
import type { Translate } from '../ui/i18n';

interface UndoToastProps<T> {
  entry: UndoEntry<T> | null;
  tr: Translate;
  onUndo: (entryId: number) => void;
  onDismiss: () => void;
}

/** "TOP 4 gelöscht — Rückgängig": a quiet notice at the foot of a panel. */
export function UndoToast<T>({ entry, tr, onUndo, onDismiss }: UndoToastProps<T>) {
  return (
    <div className="pk-toast-region" role="status" aria-live="polite">
      {entry && (
        <div className="pk-toast" data-testid="undo-toast">
          <span className="pk-toast__text">{entry.message}</span>
          <button type="button" className="pk-toast__action" onClick={() => onUndo(entry.id)}>
            {tr('meeting.undo.action')}
          </button>
          <button
            type="button"
            className="pk-toast__close"
            aria-label={tr('meeting.undo.dismiss')}
            title={tr('meeting.undo.dismiss')}
            onClick={onDismiss}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
