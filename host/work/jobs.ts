import { basename, resolve } from 'node:path';
import type { ExportKind } from '../../contract/host-api';
import { UserError } from '../../core/errors';
import type { MessageKey } from '../../core/i18n/catalog';
import type { ItemReached } from '../../core/export/progress';
import { parseDocumentJson } from '../../core/file/format';
import { importAgenda } from '../../core/import/import';
import type { Vorlage } from '../../core/import/vorlage';
import type { ProtocolDocument } from '../../core/model/schema';
import type { Keyring } from '../../core/review/keyring';
import type { RosterEntry } from '../../core/roster/entry';
import { readRoster } from '../../core/roster/import';
import { findTemplate } from '../../core/templates/registry';
import { renderExport } from '../export/render';
import { readUserFile } from '../fs/read-document';
import { decodeBytes } from '../import/decode-bytes';
import { readRequestBody, type RequestBody } from '../web/request-body';
import type { HtmlPrinter } from '../pdf/print';
import { readVorlage, type VorlageSource } from '../services/vorlage';

/**
 * The host's long work: reading imports and writing exports. Each job takes plain data and
 * gives plain data back, so it runs the same in a worker thread (host/work/worker.ts, what the
 * app does) or in the calling thread (tests, tools).
 */
export type WorkJob =
  | {
      kind: 'export';
      /** The document's JSON text as the renderer sent it: parsed and validated here, in the job. */
      documentText: string;
      format: ExportKind;
      itemId: string | null;
      includeComments: boolean;
      publicOnly: boolean;
      keyring: Keyring | null;
    }
  | { kind: 'agenda'; path: string; templateId: string }
  | { kind: 'roster'; path: string }
  | { kind: 'vorlage'; source: VorlageSource }
  /** A large request body of the browser mode, read here instead of on the server's thread. */
  | { kind: 'request'; body: Uint8Array };

export type WorkKind = WorkJob['kind'];
export type WorkJobOf<K extends WorkKind> = Extract<WorkJob, { kind: K }>;

/** What an agenda import skipped, as keys and plain parameters (the renderer words them). */
export interface ImportWarningData {
  code: MessageKey;
  params: Record<string, string | number>;
}

export interface WorkResults {
  export: Uint8Array;
  agenda: { document: ProtocolDocument; importWarnings: ImportWarningData[] };
  roster: RosterEntry[];
  vorlage: Vorlage;
  request: RequestBody;
}

/** Where a job stands, for the progress bar: the item reached, or the step after the items. */
export interface WorkProgress {
  phase: ItemReached['pass'] | 'package' | 'print' | 'finish' | 'save';
  /** Items done in this phase (0 for the steps after the items). */
  done: number;
  total: number;
  /** The item being written ("TOP 17: …"); '' for the steps after the items. */
  item: string;
}

export interface JobContext {
  progress(progress: WorkProgress): void;
  /** How a PDF is printed from here: the engine of the main thread, asked by message. */
  printer?: HtmlPrinter;
}

async function exportJob(job: WorkJobOf<'export'>, context: JobContext): Promise<Uint8Array> {
  const document = parseDocumentJson(job.documentText, 'Protokoll');
  if (job.itemId !== null && !document.items.some((item) => item.id === job.itemId)) {
    throw new UserError('shell.host.unknownItem');
  }
  try {
    return await renderExport(document, job.format, {
      ...(job.itemId ? { itemId: job.itemId } : {}),
      includeComments: job.includeComments,
      publicOnly: job.publicOnly,
      keyring: job.keyring,
      ...(context.printer ? { pdfEngine: context.printer } : {}),
      onItem: ({ pass, index, total, label }) =>
        context.progress({ phase: pass, done: index + 1, total, item: label }),
      onPhase: (phase) => {
        // After the items: DOCX packs its parts, a PDF is printed and then finished.
        if (phase === 'docx') context.progress({ phase: 'package', done: 0, total: 0, item: '' });
        else if (phase === 'html')
          context.progress({ phase: 'print', done: 0, total: 0, item: '' });
        else if (phase === 'chromium')
          context.progress({ phase: 'finish', done: 0, total: 0, item: '' });
      },
    });
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      'shell.host.exportFailed',
      {
        kind: job.format.toUpperCase(),
        detail: error instanceof Error ? error.message.slice(0, 200) : String(error),
      },
      { cause: error },
    );
  }
}

async function agendaJob(job: WorkJobOf<'agenda'>): Promise<WorkResults['agenda']> {
  const template = findTemplate(job.templateId);
  if (!template) throw new UserError('shell.host.unknownTemplate', { id: job.templateId });
  const absolute = resolve(job.path);
  const bytes = await readUserFile(absolute);
  const { document, agenda } = importAgenda(bytes, basename(absolute), template, decodeBytes);
  // The renderer says them in the user's language: keys and plain parameters go over.
  const importWarnings = (agenda.warnings ?? []).map(({ code, params }) => ({
    code,
    params: Object.fromEntries(
      Object.entries(params).map(([key, value]) => [
        key,
        typeof value === 'function' ? value('de') : value,
      ]),
    ),
  }));
  return { document, importWarnings };
}

async function rosterJob(job: WorkJobOf<'roster'>): Promise<RosterEntry[]> {
  const path = resolve(job.path);
  return readRoster(await readUserFile(path), basename(path), decodeBytes);
}

/** Runs one job here, in this thread. */
export async function runJob<K extends WorkKind>(
  job: WorkJobOf<K>,
  context: JobContext,
): Promise<WorkResults[K]> {
  const run = job as WorkJob;
  switch (run.kind) {
    case 'export':
      return (await exportJob(run, context)) as WorkResults[K];
    case 'agenda':
      return (await agendaJob(run)) as WorkResults[K];
    case 'roster':
      return (await rosterJob(run)) as WorkResults[K];
    case 'vorlage':
      return (await readVorlage(run.source)) as WorkResults[K];
    case 'request':
      return readRequestBody(run.body) as WorkResults[K];
  }
}
