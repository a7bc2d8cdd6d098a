import { resolve } from 'node:path';
import type { ExportKind, HostRequestParsed, HostResponse } from '../../contract/host-api';
import type { Keyring } from '../../core/review/keyring';
import { writeFileAtomic } from '../fs/atomic-write';
import { cancelled, type HostWork } from '../work/pool';
import type { WorkProgress } from '../work/jobs';

function withExtension(path: string, kind: ExportKind): string {
  return path.toLowerCase().endsWith(`.${kind}`) ? path : `${path}.${kind}`;
}

export interface ExportTracking {
  signal?: AbortSignal;
  /** Who asked (a window), for the print queue's turns. */
  owner?: string;
  report?(progress: WorkProgress | { phase: 'save' }): void;
}

/**
 * Exports the document the renderer sends to a file. The document's text is parsed, validated
 * and rendered on a worker thread (host/work); only the finished bytes come back, and they are
 * written to a temporary file and renamed (writeFileAtomic). A cancelled export ends its
 * thread, so nothing is written and no partial file is left.
 */
export async function writeExport(
  request: HostRequestParsed<'export.write'>,
  work: HostWork,
  keyring: Keyring | null = null,
  tracking: ExportTracking = {},
): Promise<HostResponse<'export.write'>> {
  const path = withExtension(resolve(request.path), request.kind);
  const bytes = await work.run(
    {
      kind: 'export',
      documentText: request.documentText,
      format: request.kind,
      itemId: request.itemId,
      includeComments: request.includeComments,
      publicOnly: request.publicOnly,
      keyring,
    },
    {
      ...(tracking.signal ? { signal: tracking.signal } : {}),
      ...(tracking.owner ? { owner: tracking.owner } : {}),
      onProgress: (progress) => tracking.report?.(progress),
    },
  );
  // Cancelled while the last message was on its way: still nothing on disk.
  if (tracking.signal?.aborted) throw cancelled();
  tracking.report?.({ phase: 'save' });
  await writeFileAtomic(path, bytes);
  return { path, bytes: bytes.length };
}
