import type { ImportWarningInfo } from '../../contract/host-api';
import { hasMessage } from '../../core/i18n/catalog';
import { useT } from '../ui/i18n';
import { Modal } from '../ui/Modal';

/**
 * After an agenda import that skipped something (an OParl reference to an object not in the
 * file, a body taken from the meeting's name): what it was, as the CLI prints it ("Hinweis:
 * …"), so the clerk checks it before relying on the new minutes. The document is open behind
 * it; closing the dialog loses nothing.
 */
export function ImportNotesDialog({
  warnings,
  onClose,
}: {
  warnings: readonly ImportWarningInfo[];
  onClose(): void;
}) {
  const t = useT();
  return (
    <Modal
      title={t('shell.import.notesTitle', { count: warnings.length })}
      onCancel={onClose}
      testId="import-notes"
      wide
      footer={
        <button
          type="button"
          className="pk-button pk-button-primary"
          data-autofocus
          onClick={onClose}
        >
          {t('shell.import.notesOk')}
        </button>
      }
    >
      <p className="pk-modal-message">{t('shell.import.notesIntro')}</p>
      <ul className="pk-import-notes">
        {warnings.map((warning, index) => (
          <li key={index}>
            {hasMessage(warning.code)
              ? t(warning.code, warning.params)
              : t('shell.import.notesUnknown', { code: warning.code })}
          </li>
        ))}
      </ul>
    </Modal>
  );
}
