import { resolve } from 'node:path';
import type { ExportKind, HostRequestParsed, HostResponse } from '../../contract/host-api';
import { ProtocolError } from '../../core/errors';
import { validateDocument } from '../../core/file/format';
import type { ProtocolDocument } from '../../core/model/schema';
import { writeFileAtomic } from '../fs/atomic-write';
import { renderExport } from '../export/render';
import type { Keyring } from '../../core/review/keyring';

/**
 * Renders one export format: the shared exporter (renderExport), the same for every host; the
 * PDF engine behind it is chosen in host/pdf/engine.ts alone.
 */
export type ExportRenderer = (
  document: ProtocolDocument,
  kind: ExportKind,
  itemId: string | null,
  options?: { includeComments?: boolean; publicOnly?: boolean; keyring?: Keyring | null },
) => Promise<Uint8Array>;

export const defaultExportRenderer: ExportRenderer = (document, kind, itemId, options = {}) =>
  renderExport(document, kind, {
    ...(itemId ? { itemId } : {}),
    includeComments: options.includeComments === true,
    publicOnly: options.publicOnly === true,
    keyring: options.keyring ?? null,
  });

function withExtension(path: string, kind: ExportKind): string {
  return path.toLowerCase().endsWith(`.${kind}`) ? path : `${path}.${kind}`;
}

/** Exports the document the renderer sends (validated again here) to a file, atomically. */
export async function writeExport(
  request: HostRequestParsed<'export.write'>,
  render: ExportRenderer = defaultExportRenderer,
  keyring: Keyring | null = null,
): Promise<HostResponse<'export.write'>> {
  const path = withExtension(resolve(request.path), request.kind);
  const document = validateDocument(request.document, 'Protokoll');
  if (request.itemId !== null && !document.items.some((item) => item.id === request.itemId)) {
    throw new ProtocolError('shell.host.unknownItem');
  }
  let bytes: Uint8Array;
  try {
    bytes = await render(document, request.kind, request.itemId, {
      includeComments: request.includeComments,
      publicOnly: request.publicOnly,
      keyring,
    });
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(
      'shell.host.exportFailed',
      {
        kind: request.kind.toUpperCase(),
        detail: error instanceof Error ? error.message.slice(0, 200) : String(error),
      },
      { cause: error },
    );
  }
  await writeFileAtomic(path, bytes);
  return { path, bytes: bytes.length };
}
