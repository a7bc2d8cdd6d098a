import { useEffect, useState } from 'react';
import { renderPrintHtml } from '../../core/export/html/render';
import { buildPrintDocument } from '../../core/export/print-model';
import type { ProtocolDocument } from '../../core/model/schema';
import { loadFontSet } from '../styles/fonts';
import { useT } from '../ui/i18n';
import { Modal } from '../ui/Modal';

/**
 * The print preview: the same print HTML the exports are made from, in a sandboxed frame
 * (no script, no origin of its own, the page's own strict CSP on top of ours).
 */
export function PreviewDialog({
  document,
  onClose,
}: {
  document: ProtocolDocument;
  onClose(): void;
}) {
  const t = useT();
  const [html, setHtml] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void loadFontSet().then((fonts) => {
      if (live) setHtml(renderPrintHtml(buildPrintDocument(document), { fonts }));
    });
    return () => {
      live = false;
    };
  }, [document]);

  return (
    <Modal
      title={t('shell.menu.preview')}
      page
      onCancel={onClose}
      testId="preview"
      footer={
        <button type="button" className="pk-button pk-button-primary" onClick={onClose}>
          {t('shell.about.close')}
        </button>
      }
    >
      {html === null ? (
        <p className="pk-card-hint">{t('shell.start.loading')}</p>
      ) : (
        <iframe
          className="pk-preview-frame"
          title={t('shell.menu.preview')}
          sandbox=""
          srcDoc={html}
        />
      )}
    </Modal>
  );
}
