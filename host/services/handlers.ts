import type { HostMethod, HostRequestParsed, HostResponse } from '../../contract/host-api';
import { UserError } from '../../core/errors';
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
import { withExtension } from '../fs/extension';
import { pathStyleFor } from '../fs/path-style';
import type { PathGrants } from '../fs/path-grants';
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
  /** Which paths the renderer may name (issue 12): dialogs, grants and the picker's roots. */
  paths: PathGrants;
}

/** The extension a written file of each dialog kind gets (a typed name may lack it). */
const SAVE_EXTENSIONS: Record<DialogKind, string> = {
  protokoll: '.protokoll',
  docx: '.docx',
  pdf: '.pdf',
  html: '.html',
  json: '.json',
  csv: '.csv',
  gremium: '.gremium',
};

/** The host API, implemented once over the services; Electron and the browser mode adapt it. */
export function createHostHandlers(services: HostServices, platform: HostPlatform): HostHandlers {
  const { documents, recent, settings, review, paths } = services;
  const archives = new ArchiveService();
  const language = async () => (await settings.get()).language;
  const keyrings = services.keyrings ?? new KeyringService(settings);

  const work = services.work ?? inlineWork();
  const exports = new ExportJobs();
  const readable = (path: string) => paths.check(path, 'read');
  /** A file to write: the extension added when missing (as the services do), then checked. */
  const writable = (path: string, extension: string) =>
    paths.check(withExtension(path, extension), 'write', extension);
  /** What the picker offers: the documents folder first, then the roots. */
  const places = async (): Promise<HostResponse<'files.list'>['places']> => {
    const roots = await paths.roots();
    const documentsFolder = await paths.checkFolder(platform.documentsFolder).catch(() => null);
    return [
      ...(documentsFolder ? [{ path: documentsFolder, kind: 'documents' as const }] : []),
      ...roots.map((root) => ({ path: root.real, kind: root.kind })),
    ];
  };
  /** The host opened or saved it for the user: reading it back (reload, conflict) is theirs. */
  const granted = async <T extends { path: string | null }>(opened: T): Promise<T> => {
    if (opened.path) await paths.grant(opened.path, 'write');
    return opened;
  };
  const snippetStore = (): SnippetsService => {
    if (!services.snippets) throw new UserError('editor.snippets.unavailable');
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
        paths: pathStyleFor(platform.platform),
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
    'document.open': async (request, caller) =>
      granted(await documents.open(caller, await readable(request.path), request.mode)),
    'document.lockStatus': async (request) => {
      const lock = await documents.lockStatus(await readable(request.path));
      return {
        state: lock.state,
        holder: lock.state === 'held' || lock.state === 'stale' ? lock.holder : null,
        reason: lock.state === 'stale' ? lock.reason : null,
      };
    },
    'document.followUp': async (request, caller) =>
      documents.followUp(caller, await readable(request.path), request.date, request.gremium),
    'document.import': async (request, caller) =>
      documents.importAgenda(caller, await readable(request.path), request.templateId, work),
    'document.save': async (request, caller) =>
      granted(
        await documents.save(caller, {
          ...request,
          path: request.path === null ? null : await writable(request.path, '.protokoll'),
        }),
      ),
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
    'files.list': async (request) => {
      const folder = await paths.checkFolder(request.folder ?? platform.documentsFolder);
      const root = await paths.rootOf(folder);
      const listing = await listFolder(folder, request.show, {
        root: root?.real ?? folder,
        allowed: (path) =>
          paths.checkFolder(path).then(
            () => true,
            () => false,
          ),
      });
      return { ...listing, places: await places() };
    },
    'files.addRoot': async (request) => {
      const root = await paths.addRoot(request.folder);
      return { folder: root.real, places: await places() };
    },
    'files.removeRoot': async (request) => {
      await paths.removeRoot(request.folder);
      return { places: await places() };
    },
    // What the user picks in the host's own dialog is theirs to use: it becomes a grant.
    'dialog.open': async (request, caller) => {
      if (!platform.dialogs) return { path: null, unsupported: true };
      const path = await platform.dialogs.open(caller, request.kind);
      // A folder chosen in the folder dialog (the archive) is read whole.
      if (path && request.kind === 'folder') await paths.grantFolder(path);
      else if (path) await paths.grant(path, 'read');
      return { path, unsupported: false };
    },
    'dialog.save': async (request, caller) => {
      if (!platform.dialogs) return { path: null, unsupported: true };
      const chosen = await platform.dialogs.save(caller, request.suggestedName, request.kind);
      // A name typed without its extension gets it here, so the grant is for the file written.
      const path = chosen ? withExtension(chosen, SAVE_EXTENSIONS[request.kind]) : null;
      if (path) await paths.grant(path, 'write');
      return { path, unsupported: false };
    },
    'export.write': async (request, caller) => {
      // Signed minutes export as confirmed only by the body's keyring the app is set to.
      const keyring = (await review.keyring()).keyring;
      request = { ...request, path: await writable(request.path, `.${request.kind}`) };
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
        throw new UserError('shell.host.linkRefused', { url: request.url.slice(0, 200) });
      }
      return {
        opened: platform.openExternal ? await platform.openExternal(caller, request.url) : false,
      };
    },
    'window.setTitle': async (request, caller) => {
      platform.setTitle?.(caller, request.title, request.dirty);
      return {};
    },
    'window.open': async (request, caller) => {
      if (!platform.openWindow) return { opened: false };
      const path = request.path === null ? null : await readable(request.path);
      return { opened: await platform.openWindow(caller, { ...request, path }) };
    },
    'window.close': async (_request, caller) => ({
      closed: platform.closeWindow ? await platform.closeWindow(caller) : false,
    }),
    'identity.describe': () => review.describe(),
    'identity.create': (request) => review.createKey(request.passphrase),
    'identity.card': () => review.card(),
    'identity.import': async (request) =>
      review.importKey(await readable(request.path), request.passphrase),
    'identity.saveCard': async (request) => review.saveCard(await writable(request.path, '.json')),
    'keyring.get': () => keyrings.get(),
    // '' uses no keyring; any other path must be one the user may reach.
    'keyring.use': async (request) =>
      keyrings.use(request.path.trim() === '' ? request.path : await readable(request.path)),
    'keyring.create': async (request) =>
      keyrings.create(await writable(request.path, '.json'), request.body),
    'keyring.readCard': async (request) => keyrings.readCard(await readable(request.path)),
    'keyring.add': async (request) =>
      keyrings.add({ ...request, cardPath: await readable(request.cardPath) }),
    'keyring.end': (request) => keyrings.end(request),
    'keyring.remove': (request) => keyrings.remove(request),
    'review.sign': (request) => review.sign(request),
    'review.signCorrection': (request) => review.signCorrection(request),
    'roster.read': async (request) => readRosterFile({ path: await readable(request.path) }, work),
    'roster.export': async (request) =>
      exportRosterFile({ ...request, path: await writable(request.path, '.csv') }),
    'gremium.read': async (request) => {
      const path = await readable(request.path);
      const gremium = await readGremiumFile(path);
      return { path, name: path.replace(/^.*[\\/]/, ''), gremium };
    },
    'gremium.write': async (request) =>
      writeGremiumFile(await writable(request.path, '.gremium'), request.gremium),
    'document.fromGremium': async (request, caller) =>
      documents.fromGremium(caller, request.gremium, request.templateId),
    // An archive is a folder: a picker root (browser mode) or one the folder dialog granted.
    'archive.open': async (request) =>
      archives.read(await paths.checkFolder(request.folder), await language()),
    'archive.search': async (request) =>
      archives.search(await paths.checkFolder(request.folder), request.query, await language()),
    'snippets.get': (request) => snippetStore().get(request.starter),
    'snippets.set': (request) => snippetStore().set(request),
    'snippets.export': async (request) =>
      snippetStore().exportTo(await writable(request.path, '.json'), request.starter),
    'snippets.import': async (request) => snippetStore().importFrom(await readable(request.path)),
    'vorlage.read': async (request) =>
      work.run({
        kind: 'vorlage',
        source: request.file
          ? { name: request.file.name, data: Buffer.from(request.file.data, 'base64') }
          : { path: await readable(request.path!) },
      }),
  };
}
