import type { HostMethod, HostRequestParsed, HostResponse } from '../../contract/host-api';
import { ProtocolError } from '../../core/errors';
import { templatesByState } from '../../core/templates/states';
import { isAllowedExternalUrl } from '../security/policy';
import type { Caller, DocumentSessions } from './documents';
import { writeExport } from './export';
import { ExportJobs } from '../work/export-jobs';
import { inlineWork, type HostWork } from '../work/pool';
import { ArchiveService } from './archive';
import { listFolder } from './files';
import { readGremiumFile, writeGremiumFile } from './gremium';
import { KeyringService } from './keyrings';
import type { RecentService } from './recent';
import type { ReviewService } from './review';
import type { SettingsService } from './settings';
import { exportRosterFile, readRosterFile } from './roster';
import type { SnippetsService } from './snippets';

export type HostHandlers = {
  [M in HostMethod]: (request: HostRequestParsed<M>, caller: Caller) => Promise<HostResponse<M>>;
};

export type DialogKind = HostRequestParsed<'dialog.save'>['kind'];
export type DialogOpenKind = HostRequestParsed<'dialog.open'>['kind'];

/** What differs between the Electron shell and the browser mode. */
export interface HostPlatform {
  mode: 'electron' | 'browser';
  version: string;
  platform: string;
  documentsFolder: string;
  autosaveDelayMs: number;
  /** What this window should show at start: files from the command line or the OS, or an intent. */
  startup(caller: Caller): {
    files: string[];
    recoveryId: string | null;
    templateId: string | null;
  };
  /** Native dialogs; absent in browser mode (the renderer shows its own picker). */
  dialogs?: {
    open(caller: Caller, kind: DialogOpenKind): Promise<string | null>;
    save(caller: Caller, suggestedName: string, kind: DialogKind): Promise<string | null>;
  };
  /** Opens a vetted http(s)/mailto link after the user agreed; false when they did not. */
  openExternal?(caller: Caller, url: string): Promise<boolean>;
  setTitle?(caller: Caller, title: string, dirty: boolean): void;
  openWindow?(caller: Caller, intent: HostRequestParsed<'window.open'>): Promise<boolean>;
  closeWindow?(caller: Caller): Promise<boolean>;
}

export interface HostServices {
  documents: DocumentSessions;
  recent: RecentService;
  settings: SettingsService;
  /** Signing with the user's key, which stays in the host. */
  review: ReviewService;
  /** The body's keyring as the app edits it; made over `settings` when not given. */
  keyrings?: KeyringService;
  /** The clerk's text snippets; absent where no user data folder is wired (snippets.* refuse). */
  snippets?: SnippetsService;
  /**
   * Where imports, exports and PDF prints run: the app's worker threads (host/work/pool.ts),
   * so the host answers other requests meanwhile. Without it they run in this thread.
   */
  work?: HostWork;
}

/** The host API, implemented once over the services; Electron and the browser mode adapt it. */
export function createHostHandlers(services: HostServices, platform: HostPlatform): HostHandlers {
  const { documents, recent, settings, review } = services;
  const archives = new ArchiveService();
  const language = async () => (await settings.get()).language;
  const keyrings = services.keyrings ?? new KeyringService(settings);

  const work = services.work ?? inlineWork();
  const exports = new ExportJobs();
  const snippetStore = (): SnippetsService => {
    if (!services.snippets) throw new ProtocolError('editor.snippets.unavailable');
    return services.snippets;
  };
  return {
    'app.info': async (_request, caller) => {
      const startup = platform.startup(caller);
      return {
        mode: platform.mode,
        version: platform.version,
        platform: platform.platform,
        startupFiles: startup.files,
        startupRecovery: startup.recoveryId,
        startupTemplate: startup.templateId,
        documentsFolder: platform.documentsFolder,
        autosaveDelayMs: platform.autosaveDelayMs,
      };
    },
    'templates.list': async () =>
      templatesByState().flatMap((group) =>
        group.templates.map(({ id, name, description, form, body }) => ({
          id,
          name,
          description,
          form,
          kind: body.kind,
          state: group.state ?? '',
          stateName: group.stateName,
          law: group.law,
        })),
      ),
    'document.new': async (request, caller) =>
      documents.newFromTemplate(caller, request.templateId),
    'document.open': (request, caller) => documents.open(caller, request.path, request.mode),
    'document.lockStatus': async (request) => {
      const lock = await documents.lockStatus(request.path);
      return {
        state: lock.state,
        holder: lock.state === 'held' || lock.state === 'stale' ? lock.holder : null,
        reason: lock.state === 'stale' ? lock.reason : null,
      };
    },
    'document.followUp': (request, caller) =>
      documents.followUp(caller, request.path, request.date, request.gremium),
    'document.import': (request, caller) =>
      documents.importAgenda(caller, request.path, request.templateId, work),
    'document.save': (request, caller) => documents.save(caller, request),
    'document.close': async (request, caller) => {
      await documents.close(caller, request.handle);
      return {};
    },
    'recovery.write': (request, caller) => documents.writeRecovery(caller, request),
    'recovery.list': () => documents.listRecovery(),
    'recovery.restore': (request, caller) => documents.restore(caller, request.id),
    'recovery.discard': async (request) => {
      await documents.discardRecovery(request.id);
      return {};
    },
    'recent.list': () => recent.list(),
    'settings.get': () => settings.get(),
    'settings.set': (request) => settings.set(request),
    'files.list': (request) => listFolder(request, platform.documentsFolder),
    'dialog.open': async (request, caller) =>
      platform.dialogs
        ? { path: await platform.dialogs.open(caller, request.kind), unsupported: false }
        : { path: null, unsupported: true },
    'dialog.save': async (request, caller) =>
      platform.dialogs
        ? {
            path: await platform.dialogs.save(caller, request.suggestedName, request.kind),
            unsupported: false,
          }
        : { path: null, unsupported: true },
    'export.write': async (request, caller) => {
      // Signed minutes export as confirmed only by the body's keyring the app is set to.
      const keyring = (await review.keyring()).keyring;
      if (request.jobId === null) {
        return writeExport(request, work, keyring, { owner: caller.owner });
      }
      const job = exports.begin(caller.owner, request.jobId);
      try {
        const written = await writeExport(request, work, keyring, { ...job, owner: caller.owner });
        job.end('done');
        return written;
      } catch (error) {
        job.end('failed');
        throw error;
      }
    },
    'export.progress': async (request, caller) => exports.status(caller.owner, request.jobId),
    'export.cancel': async (request, caller) => ({
      cancelled: exports.cancel(caller.owner, request.jobId),
    }),
    'shell.openExternal': async (request, caller) => {
      if (!isAllowedExternalUrl(request.url)) {
        throw new ProtocolError('shell.host.linkRefused', { url: request.url.slice(0, 200) });
      }
      return {
        opened: platform.openExternal ? await platform.openExternal(caller, request.url) : false,
      };
    },
    'window.setTitle': async (request, caller) => {
      platform.setTitle?.(caller, request.title, request.dirty);
      return {};
    },
    'window.open': async (request, caller) => ({
      opened: platform.openWindow ? await platform.openWindow(caller, request) : false,
    }),
    'window.close': async (_request, caller) => ({
      closed: platform.closeWindow ? await platform.closeWindow(caller) : false,
    }),
    'identity.describe': () => review.describe(),
    'identity.create': (request) => review.createKey(request.passphrase),
    'identity.card': () => review.card(),
    'identity.import': (request) => review.importKey(request.path, request.passphrase),
    'identity.saveCard': (request) => review.saveCard(request.path),
    'keyring.get': () => keyrings.get(),
    'keyring.use': (request) => keyrings.use(request.path),
    'keyring.create': (request) => keyrings.create(request.path, request.body),
    'keyring.readCard': (request) => keyrings.readCard(request.path),
    'keyring.add': (request) => keyrings.add(request),
    'keyring.end': (request) => keyrings.end(request),
    'keyring.remove': (request) => keyrings.remove(request),
    'review.sign': (request) => review.sign(request),
    'review.signCorrection': (request) => review.signCorrection(request),
    'roster.read': (request) => readRosterFile(request, work),
    'roster.export': (request) => exportRosterFile(request),
    'gremium.read': async (request) => {
      const gremium = await readGremiumFile(request.path);
      return { path: request.path, name: request.path.replace(/^.*[\\/]/, ''), gremium };
    },
    'gremium.write': (request) => writeGremiumFile(request.path, request.gremium),
    'document.fromGremium': async (request, caller) =>
      documents.fromGremium(caller, request.gremium, request.templateId),
    'archive.open': async (request) => archives.read(request.folder, await language()),
    'archive.search': async (request) =>
      archives.search(request.folder, request.query, await language()),
    'snippets.get': (request) => snippetStore().get(request.starter),
    'snippets.set': (request) => snippetStore().set(request),
    'snippets.export': (request) => snippetStore().exportTo(request.path, request.starter),
    'snippets.import': (request) => snippetStore().importFrom(request.path),
    'vorlage.read': (request) =>
      work.run({
        kind: 'vorlage',
        source: request.file
          ? { name: request.file.name, data: Buffer.from(request.file.data, 'base64') }
          : { path: request.path! },
      }),
  };
}
