// `npm start`: builds everything, then starts the desktop app when Electron's runtime is here,
// else says what is missing and starts the browser mode instead. Arguments (files, and for the
// browser mode --port / --user-data-dir) are passed on.
// PROTOKOLLANT_SKIP_BUILD=1 skips the build (tests that have built already).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MIN_NODE = [22, 12];

/** The executable inside an unpacked Electron folder, for this platform. */
function binaryIn(dir, platform) {
  if (platform === 'win32') return join(dir, 'electron.exe');
  if (platform === 'darwin') return join(dir, 'Electron.app', 'Contents', 'MacOS', 'Electron');
  return join(dir, 'electron');
}

function nodeIsRecentEnough(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  return major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1]);
}

/**
 * Finds Electron's runtime without loading the `electron` package (which would try to
 * download it): ELECTRON_OVERRIDE_DIST_PATH, else node_modules/electron/path.txt and the
 * binary it names under node_modules/electron/dist/. Returns { binary } or { missing: [...] }.
 */
export function detectElectron({
  root: base = root,
  env = process.env,
  nodeVersion = process.version,
  platform = process.platform,
} = {}) {
  const missing = [];
  let binary = null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = binaryIn(env.ELECTRON_OVERRIDE_DIST_PATH, platform);
    if (existsSync(candidate)) binary = candidate;
    else missing.push('override');
  } else {
    const pathFile = join(base, 'node_modules', 'electron', 'path.txt');
    if (existsSync(pathFile)) {
      const candidate = join(
        base,
        'node_modules',
        'electron',
        'dist',
        readFileSync(pathFile, 'utf8').trim(),
      );
      if (existsSync(candidate)) binary = candidate;
      else missing.push('runtime');
    } else missing.push('runtime');
  }
  if (!nodeIsRecentEnough(nodeVersion)) missing.push('node');
  return missing.length === 0 ? { binary } : { missing };
}

/** What to tell the user, German first, then English. */
export function missingMessage(missing, nodeVersion = process.version) {
  const de = ['Protokollant kann nicht als Desktop-Programm starten:'];
  const en = ['Protokollant cannot start as a desktop app:'];
  if (missing.includes('runtime')) {
    de.push(
      '  – Die Electron-Laufzeit fehlt (node_modules/electron/dist). Auf einem Rechner mit Internet:',
      '    npx install-electron   oder   node node_modules/electron/install.js',
      '    oder ELECTRON_OVERRIDE_DIST_PATH auf ein entpacktes Electron 45 setzen.',
    );
    en.push(
      '  – Electron’s runtime is missing (node_modules/electron/dist). On a machine with internet access:',
      '    npx install-electron   or   node node_modules/electron/install.js',
      '    or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron 45.',
    );
  }
  if (missing.includes('override')) {
    de.push('  – ELECTRON_OVERRIDE_DIST_PATH zeigt auf keinen Ordner mit einem Electron-Programm.');
    en.push('  – ELECTRON_OVERRIDE_DIST_PATH does not point to a folder with an Electron binary.');
  }
  if (missing.includes('node')) {
    de.push(`  – Node.js ${MIN_NODE.join('.')} oder neuer wird gebraucht (hier: ${nodeVersion}).`);
    en.push(`  – Node.js ${MIN_NODE.join('.')} or newer is needed (here: ${nodeVersion}).`);
  }
  de.push('Stattdessen startet jetzt der Browser-Modus.');
  en.push('Starting the browser mode instead.');
  return [...de, '', ...en].join('\n');
}

function run(binary, args) {
  const child = spawn(binary, args, {
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function main() {
  if (!process.env.PROTOKOLLANT_SKIP_BUILD) {
    const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), 'all'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const args = process.argv.slice(2);
  const electron = detectElectron();
  if (electron.binary) {
    run(electron.binary, [root, ...args]);
    return;
  }
  console.log(missingMessage(electron.missing));
  console.log('');
  run(process.execPath, [join(root, 'dist', 'web.mjs'), ...args]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
