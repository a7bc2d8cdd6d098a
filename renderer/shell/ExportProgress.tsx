import { useEffect, useState } from 'react';
import type { HostResponse } from '../../contract/host-api';
import { useShell } from '../ui/context';
import { useT } from '../ui/i18n';
import './export-progress.css';

type Status = HostResponse<'export.progress'>;

/** How often the bar asks the host where the export stands. */
const POLL_MS = 250;

/**
 * A running export in the status bar: the item being written, a progress bar over the items,
 * and Abbrechen. The export runs on a worker thread of the host, so the host answers these
 * polls while it works; cancelling ends that thread and no file is written.
 */
export function ExportProgress({ jobId }: { jobId: string }) {
  const { host } = useShell();
  const t = useT();
  const [status, setStatus] = useState<Status | null>(null);
  const [cancelling, setCancelling] = useState(false);

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    const poll = async () => {
      const next = await host.call('export.progress', { jobId }).catch(() => null);
      if (stopped) return;
      if (next && next.state !== 'unknown') setStatus(next);
      timer = window.setTimeout(() => void poll(), POLL_MS);
    };
    void poll();
    return () => {
      stopped = true;
      if (timer !== undefined) window.clearTimeout(timer);
    };
  }, [host, jobId]);

  const phase = status?.phase ?? 'start';
  const inItems = (phase === 'prepare' || phase === 'write') && (status?.total ?? 0) > 0;
  const item = status?.item ?? '';
  const text = {
    start: () => t('work.progress.start'),
    prepare: () => t('work.progress.prepare', { item }),
    write: () => t('work.progress.write', { item }),
    package: () => t('work.progress.package'),
    print: () => t('work.progress.print'),
    finish: () => t('work.progress.finish'),
    save: () => t('work.progress.save'),
  }[phase]();

  return (
    <span className="pk-export-progress" data-testid="export-progress">
      <span className="pk-export-progress-text" data-testid="export-progress-text" title={text}>
        {text}
      </span>
      {inItems ? (
        <progress
          className="pk-export-progress-bar"
          max={status!.total}
          value={status!.done}
          aria-label={t('work.progress.count', { done: status!.done, total: status!.total })}
        />
      ) : (
        <progress className="pk-export-progress-bar" aria-label={t('work.progress.title')} />
      )}
      <button
        type="button"
        className="pk-export-progress-cancel"
        disabled={cancelling}
        onClick={() => {
          setCancelling(true);
          void host.call('export.cancel', { jobId }).catch(() => undefined);
        }}
      >
        {t('work.progress.cancel')}
      </button>
    </span>
  );
}
