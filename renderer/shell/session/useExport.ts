import { useCallback, useState } from 'react';
import type { ExportKind } from '../../../contract/host-api';
import { useShell } from '../../ui/context';
import { useDialogs } from '../../ui/dialogs';
import { errorCode } from '../../ui/errors';
import { useT } from '../../ui/i18n';
import { usePaths } from '../../ui/paths';
import { suggestedBaseName } from '../names';
import type { DocumentSession } from './useDocumentSession';

/**
 * Exports of the open document (DOCX, PDF, an extract of one item): the scope question for
 * minutes with a non-public part, the comments question for DOCX, the target, and the job on
 * the host's worker, whose id (`job`) lets the status bar follow and cancel it.
 */
export function useExport(session: DocumentSession): {
  job: string | null;
  exportTo(kind: ExportKind, itemId: string | null): Promise<void>;
} {
  const { host, report } = useShell();
  const dialogs = useDialogs();
  const t = useT();
  const paths = usePaths();
  const [job, setJob] = useState<string | null>(null);
  const { current, now, setBusy, setNotice } = session;

  const exportTo = useCallback(
    async (kind: ExportKind, itemId: string | null) => {
      const doc = current();
      const item = itemId ? doc.items.find((i) => i.id === itemId) : undefined;
      const fileName = now().file.name;
      const base =
        fileName && !item
          ? paths.stem(fileName)
          : suggestedBaseName(doc, t('shell.untitled'), paths);
      // Minutes with a non-public part: the full version (internal) or "Nur öffentlicher Teil",
      // the version that may be published.
      let publicOnly = false;
      if (!item && doc.items.some((i) => !i.public) && doc.items.some((i) => i.public)) {
        const scope = await dialogs.ask(
          t('safety.export.scopeTitle'),
          t('safety.export.scopeMessage'),
          [
            { id: 'cancel', label: t('shell.close.cancel') },
            { id: 'full', label: t('safety.export.full') },
            { id: 'public', label: t('safety.export.publicOnly'), kind: 'primary' },
          ],
        );
        if (scope === null || scope === 'cancel') return;
        publicOnly = scope === 'public';
      }
      const suggested = item
        ? `${base} ${t('shell.export.extractSuffix', { number: item.number })}`
        : publicOnly
          ? `${base} ${t('safety.export.publicSuffix')}`
          : base;
      // Chairs who review in Word get the open comment threads as Word comments, if wanted.
      const openComments = doc.comments.filter(
        (c) => !c.resolved && (!itemId || c.itemId === itemId),
      ).length;
      let includeComments = false;
      if (kind === 'docx' && openComments > 0 && !publicOnly) {
        const choice = await dialogs.ask(
          t('shell.export.commentsTitle'),
          openComments === 1
            ? t('shell.export.commentsMessageOne')
            : t('shell.export.commentsMessage', { count: openComments }),
          [
            { id: 'cancel', label: t('shell.close.cancel') },
            { id: 'without', label: t('shell.export.commentsWithout') },
            { id: 'with', label: t('shell.export.commentsWith'), kind: 'primary' },
          ],
        );
        if (choice === null || choice === 'cancel') return;
        includeComments = choice === 'with';
      }
      const path = await dialogs.pickSave(kind === 'pdf' ? 'pdf' : 'docx', suggested);
      if (!path) return;
      const jobId = crypto.randomUUID();
      setJob(jobId);
      setBusy('exporting');
      try {
        const result = await host.call('export.write', {
          // As text: the host hands it to its worker unparsed (a 150-page document would hold
          // the host's main thread for longer than the 100 ms it may take to answer).
          documentText: JSON.stringify(doc),
          kind,
          path,
          itemId,
          includeComments,
          publicOnly,
          jobId,
        });
        setNotice(t('shell.status.exported', { file: paths.baseName(result.path) }));
      } catch (error) {
        if (errorCode(error) === 'work.cancelled') setNotice(t('work.progress.cancelled'));
        else report(error);
      } finally {
        setBusy(null);
        setJob(null);
      }
    },
    [current, dialogs, host, now, paths, report, setBusy, setNotice, t],
  );
  return { job, exportTo };
}
