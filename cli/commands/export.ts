import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { oparlBaseUrl } from '../../core/export/oparl-base';
import type { ProtocolDocument } from '../../core/model/schema';
import type { ExportFormat } from '../../host/export/render';
import { say, UsageError, type CliContext } from '../context';
import { mark } from '../trace';
import { checkOutputs, rejectRepeated, writeOutput } from '../outputs';
import { resolveKeyring } from '../signing-options';

export const exportOptions = {
  docx: { type: 'string' },
  pdf: { type: 'string' },
  html: { type: 'string' },
  oparl: { type: 'string' },
  top: { type: 'string' },
  /** Base URL of the OParl ids (the council's OParl server); a placeholder host when unset. */
  'oparl-base': { type: 'string' },
  /** Open comment threads as Word comments in the DOCX. */
  comments: { type: 'boolean' },
  /** The body's keyring the signatures are confirmed with (else the app's setting). */
  keyring: { type: 'string' },
  /** The public version: public part only (DOCX, PDF, HTML; OParl is public by default). */
  public: { type: 'boolean' },
  /** OParl as the internal transfer, with non-public items and reasons of absence. */
  'include-nonpublic': { type: 'boolean' },
  /** Replace existing files that are no exports of their kind (a Protokoll file). */
  force: { type: 'boolean' },
} as const;

const OUTPUT_EXTENSIONS: Record<'docx' | 'pdf' | 'html' | 'oparl', RegExp> = {
  docx: /\.docx$/i,
  pdf: /\.pdf$/i,
  html: /\.html?$/i,
  oparl: /\.json$/i,
};

export function findItemId(document: ProtocolDocument, top: string): string {
  const wanted = top.trim().replace(/^TOP\s*/i, '');
  const item = document.items.find((i) => i.number.trim() === wanted);
  if (!item) {
    throw new UsageError('cli.unknownTop', {
      top,
      tops: document.items.map((i) => i.number).join(', '),
    });
  }
  return item.id;
}

export async function exportCommand(ctx: CliContext, args: string[]): Promise<number> {
  rejectRepeated(args, Object.keys(exportOptions));
  const { values, positionals } = parseArgs({
    args,
    options: exportOptions,
    allowPositionals: true,
  });
  const input = positionals[0];
  if (!input) throw new UsageError('cli.missingInput', { command: 'export' });
  if (positionals.length > 1)
    throw new UsageError('cli.badOption', { detail: positionals.slice(1).join(' ') });
  const requested = (['docx', 'pdf', 'html', 'oparl'] as const)
    .filter((format) => values[format] !== undefined)
    .map((format) => ({ format, shown: values[format]! }));
  if (requested.length === 0) throw new UsageError('cli.noOutput');
  const baseOption = values['oparl-base'];
  const baseUrl = baseOption === undefined ? undefined : oparlBaseUrl(baseOption);
  if (baseUrl === null) throw new UsageError('cli.badOparlBase', { value: baseOption! });

  // An earlier export of the same kind is replaced (exporting again is the daily case); any
  // other existing file, above all a Protokoll file, only with --force.
  const paths = await checkOutputs(
    ctx,
    requested.map((r) => r.shown),
    [input],
    {
      force: values.force === true,
      replaceable: (path, index) => OUTPUT_EXTENSIONS[requested[index]!.format].test(path),
    },
  );
  if (values.public === true && values['include-nonpublic'] === true) {
    throw new UsageError('cli.badOption', { detail: '--public --include-nonpublic' });
  }
  // The browser starts first, and comes up while the rest of the program loads and the
  // document is read and laid out.
  // Only a PDF export loads the engine (a DOCX export has no use for the browser's code).
  const engine = requested.some((r) => r.format === 'pdf')
    ? await import('../../host/pdf/engine')
    : null;
  engine?.pdfEngine().warm();
  // Render everything first: a failure in one format leaves no output at all.
  const rendered: { format: ExportFormat | 'oparl'; bytes: Uint8Array }[] = [];
  try {
    const [{ readDocumentFile }, { renderExport }] = await Promise.all([
      import('../../host/fs/read-document'),
      import('../../host/export/render'),
    ]);
    mark('modules');
    const document = await readDocumentFile(input.startsWith('/') ? input : `${ctx.cwd}/${input}`);
    mark('read');
    const keyring =
      document.signatures.length > 0 ? await resolveKeyring(ctx, values.keyring) : null;
    const itemId = values.top !== undefined ? findItemId(document, values.top) : undefined;
    for (const { format } of requested) {
      // OParl always carries the whole meeting (an agenda item alone is no OParl meeting), and
      // is the public version unless the internal transfer is asked for.
      const bytes =
        format === 'oparl'
          ? new TextEncoder().encode(
              (await import('../../core/export/oparl')).renderOparl(document, {
                baseUrl,
                includeNonPublic: values['include-nonpublic'] === true,
              }),
            )
          : await renderExport(document, format, {
              itemId,
              includeComments: values.comments === true,
              onPhase: mark,
              keyring: keyring?.keyring ?? null,
              publicOnly: values.public === true,
              // The bundle is dist/cli/protokollant.cjs; the build puts the fonts beside it.
              fontTailsDir: fileURLToPath(new URL('./fonts', import.meta.url)),
            });
      rendered.push({ format, bytes });
    }
  } catch (error) {
    await engine?.closePdfEngine();
    throw error;
  }
  // The PDF engine's browser would keep the process alive; one CLI run needs it only once.
  // It ends while the files are written.
  const closed = engine?.closePdfEngine();
  try {
    for (const [index, { bytes }] of rendered.entries()) {
      await writeOutput(ctx, paths[index]!, requested[index]!.shown, bytes);
      if (requested[index]!.format === 'oparl' && values['include-nonpublic'] === true) {
        say(ctx, 'safety.wroteInternal', { file: requested[index]!.shown });
      }
    }
    mark('write');
  } finally {
    await closed;
  }
  return 0;
}
