import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IdentityStore, keyFileProtector } from '../identity/identity-store';
import { closePdfEngine } from '../pdf/engine';
import { DocumentSessions } from '../services/documents';
import { machineLocks } from '../services/file-lock';
import { createHostHandlers } from '../services/handlers';
import { RecentService } from '../services/recent';
import { RecoveryStore } from '../services/recovery';
import { ReviewService } from '../services/review';
import { SettingsService } from '../services/settings';
import { SnippetsService } from '../services/snippets';
import { ensureUserDataFolder, resolveUserDataFolder } from '../services/user-data';
import { pathPolicyFor } from '../services/path-policy';
import { userDocumentsFolder } from '../fs/documents-folder';
import { UserError } from '../../core/errors';
import { t } from '../../core/i18n/catalog';
import { APP_VERSION } from '../version';
import { WorkerPool, ownBuffer } from '../work/pool';
import { webWorkerFile } from '../work/worker-file';
import { ArgsError, parseWebArgs } from './args';
import { startWebServer } from './server';

const USAGE = `Protokollant im Browser / in the browser

  npm run web -- [--port N] [--user-data-dir ORDNER] [--root ORDNER]… [datei.protokoll]

Startet den Browser-Modus auf 127.0.0.1 und gibt die Adresse aus (mit Zugangsschlüssel).
Die Seite erreicht nur Dateien im persönlichen Ordner, in Ordnern, die mit --root oder in der
Dateiauswahl freigegeben sind, und die beim Start genannten Dateien (und deren Ordner).
Starts the browser mode on 127.0.0.1 and prints the address (with its access token).
The page reaches only files in the home folder, in folders granted with --root or in the file
picker, and the files named at start (and their folders).`;

async function main(): Promise<void> {
  let args;
  try {
    args = parseWebArgs(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ArgsError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(USAGE);
    return;
  }
  // dist/web.mjs serves dist/renderer beside it.
  const rendererDir = fileURLToPath(new URL('./renderer/', import.meta.url));
  if (!existsSync(join(rendererDir, 'index.html'))) {
    console.error(
      `Die Oberfläche ist nicht gebaut (${rendererDir} fehlt): node scripts/build.mjs renderer\n` +
        `The user interface is not built (${rendererDir} is missing): node scripts/build.mjs renderer`,
    );
    process.exit(1);
  }
  const userData = resolveUserDataFolder({ flag: args.userDataDir });
  await ensureUserDataFolder(userData);
  const recovery = new RecoveryStore(userData);
  const recent = new RecentService(userData);
  // German first: the app is made for German councils; English is one click away.
  const settings = new SettingsService(userData);
  await settings.get();
  const documents = new DocumentSessions(
    recovery,
    recent,
    machineLocks(() => settings.cached().userName),
  );
  const files = args.files.map((file) => resolve(file));
  const home = homedir();
  // The folders of the files named at start are this run's roots too, unless they are system
  // folders (then only the file itself is granted).
  const paths = pathPolicyFor('browser', {
    home,
    userData,
    recent,
    settings,
    sessionRoots: args.roots.map((root) => resolve(root)),
  });
  try {
    await paths.roots();
  } catch (error) {
    const folder = args.roots.join(', ');
    const reason = error instanceof UserError ? error.localized('de') : String(error);
    console.error(`${t('de', 'reach.usage.root', { folder, reason })}\n\n${USAGE}`);
    process.exit(2);
  }
  for (const file of files) {
    await paths.grant(file, 'write');
    await paths.addSessionRoot(dirname(file)).catch(() => undefined);
  }
  // The picker starts where the file given at start is, else in the user's documents folder.
  const startFolder = files[0] ? dirname(files[0]) : userDocumentsFolder(home);
  // No keychain to reach from here: the key file in the user data folder, readable by its owner.
  const review = new ReviewService(new IdentityStore(userData, keyFileProtector), settings);
  // Imports, exports and PDF prints run on worker threads: the server answers meanwhile.
  const work = new WorkerPool({ file: webWorkerFile() });
  // Large request bodies (an export's document) are read on a thread of their own, never
  // queued behind an export on `work`, and never on the server's thread.
  const bodies = new WorkerPool({ file: webWorkerFile(), size: 1 });
  const handlers = createHostHandlers(
    { documents, recent, settings, review, snippets: new SnippetsService(userData), work, paths },
    {
      mode: 'browser',
      version: APP_VERSION,
      platform: process.platform,
      documentsFolder: startFolder,
      autosaveDelayMs: 2000,
      startup: () => ({ files, recoveryId: null, templateId: null }),
    },
  );
  const token = randomBytes(24).toString('base64url');
  const running = await startWebServer({
    handlers,
    token,
    rendererDir,
    lang: () => settings.cached().language,
    port: args.port,
    readLargeBody: (body) => bodies.run({ kind: 'request', body }, { transfer: ownBuffer(body) }),
  });
  console.log('Protokollant läuft im Browser-Modus. Diese Adresse im Browser öffnen:');
  console.log('Protokollant runs in browser mode. Open this address in your browser:');
  console.log(running.url);
  console.log(`Benutzerdaten / user data: ${userData}`);
  console.log('Beenden mit Strg+C / stop with Ctrl+C');

  const stop = () => {
    documents.releaseLocks();
    // The PDF engine keeps a browser warm: end it with the server.
    void Promise.all([running.close(), closePdfEngine(), work.close(), bodies.close()]).finally(
      () => process.exit(0),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
