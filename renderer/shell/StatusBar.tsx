import { ReviewStatus } from '../review';
import { useShell } from '../ui/context';
import { formatTime, useT } from '../ui/i18n';
import { ExportProgress } from './ExportProgress';
import { isDirty, type SessionState } from './session/state';

interface StatusBarProps {
  session: SessionState;
  /** How the document came: a recovered or imported one says so until it is saved. */
  origin: { recovered: boolean; imported: boolean };
  /** The running export's job on the host, followed with progress and a cancel button. */
  exportJob: string | null;
}

/** The frame's status line: saved or not, autosave, a running export, review, item count. */
export function StatusBar({ session, origin, exportJob }: StatusBarProps) {
  const { settings, setSettings, lang } = useShell();
  const t = useT();
  const { busy, file, savedRevision, autosavedAt, autosaveFailed, notice } = session;
  const dirty = isDirty(session);

  const saveState =
    busy === 'saving'
      ? t('shell.status.saving')
      : dirty
        ? origin.recovered && savedRevision === -1
          ? t('shell.status.recovered')
          : origin.imported && savedRevision === -1
            ? t('shell.status.imported')
            : t('shell.status.unsaved')
        : file.savedAt
          ? t('shell.status.saved', { time: formatTime(file.savedAt, lang) })
          : file.path
            ? t('shell.status.opened')
            : t('shell.status.never');
  const autosaveState = autosaveFailed
    ? t('shell.status.autosaveFailed')
    : autosavedAt && dirty
      ? t('shell.status.autosaved', { time: formatTime(autosavedAt, lang) })
      : '';

  return (
    <footer className="pk-status" role="status" data-region="status">
      <span className={`pk-status-save${dirty ? ' is-dirty' : ''}`} data-testid="save-state">
        {saveState}
      </span>
      <span className="pk-status-autosave" data-testid="autosave-state">
        {busy === 'exporting' && exportJob ? (
          <ExportProgress jobId={exportJob} />
        ) : busy === 'exporting' ? (
          t('shell.status.exporting')
        ) : (
          (notice ?? autosaveState)
        )}
      </span>
      <label className="pk-status-toggle" title={t('shell.status.autosaveToFileHint')}>
        <input
          type="checkbox"
          checked={settings.autosaveToFile}
          onChange={(event) => void setSettings({ autosaveToFile: event.target.checked })}
        />
        {t('shell.status.autosaveToFile')}
      </label>
      <ReviewStatus />
      <span className="pk-status-count">
        {session.document.items.length === 1
          ? t('shell.status.itemsOne')
          : t('shell.status.items', { count: session.document.items.length })}
      </span>
    </footer>
  );
}
