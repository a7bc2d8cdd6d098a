// `npm run lint`: ESLint (with the layer rules), Prettier, the TypeScript checks (the core's own
// check without DOM and Node types included) and Electronegativity over the Electron shell and
// the built renderer. Runs them all and fails if any fails.
//
//   node scripts/lint.mjs                     every step
//   node scripts/lint.mjs --electronegativity only the Electron audit (test/electron-audit.test.ts)
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);

/**
 * Findings of Electronegativity that are false positives, each with the reason and the test that
 * shows the real setting. A finding matches by check, file and the source line it points at (not
 * the line number, which moves). Anything found and not listed here fails the lint.
 */
const JUSTIFIED = [
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'N/A',
    why:
      'The CSP is no meta tag but a response header on every app:// response (electron/app-protocol.ts ' +
      'with SECURITY_HEADERS from host/security/policy.ts), which the tool does not see. ' +
      'electron/security.test.ts point 7 checks the policy and that every response carries it.',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main.ts',
    line: /shell\.openExternal\(url\)/,
    why:
      'Only http(s) and mailto URLs that pass isAllowedExternalUrl reach it, and only after the user ' +
      'agreed in a dialog that names the URL (security.test.ts points 13-15).',
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'electron/main.ts',
    line: /new BrowserWindow\(/,
    why:
      'A middle click can only ask for a new window, and setWindowOpenHandler(windowOpenGuard) denies ' +
      'every one, for every webContents (web-contents-created); security.test.ts point 14.',
  },
  {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'electron/main.ts',
    line: /new BrowserWindow\(/,
    why:
      'The options come from windowOptions() in electron/security.ts (contextIsolation: true), which ' +
      'the tool does not follow into; security.test.ts point 3.',
  },
  {
    check: 'SANDBOX_JS_CHECK',
    file: 'electron/main.ts',
    line: /new BrowserWindow\(/,
    why: 'sandbox: true in windowOptions() (electron/security.ts); security.test.ts point 4.',
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'electron/main.ts',
    line: /preload/,
    why:
      'Our own preload, sandboxed, exposes only call and on (electron/preload.test.ts, point 20); ' +
      'the main process checks the sender and validates every call (electron/ipc.test.ts).',
  },
  {
    check: 'AUXCLICK_JS_CHECK',
    file: 'electron/print-to-pdf.ts',
    line: /new BrowserWindow\(/,
    why:
      'The hidden print window runs no JavaScript (javascript: false), is never shown, denies every ' +
      'window open and navigation, and its session loads only the page being printed.',
  },
];

/** Copies what the audit looks at: the shell's sources and the renderer as it ships. */
function scanFolder() {
  if (!existsSync(join(root, 'dist/renderer/index.html'))) {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', 'renderer'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0) throw new Error('building the renderer failed');
  }
  const dir = mkdtempSync(join(tmpdir(), 'protokollant-electronegativity-'));
  cpSync(join(root, 'electron'), join(dir, 'electron'), {
    recursive: true,
    // Tests are not shipped; their stand-ins for Electron would only add noise.
    filter: (path) => !path.endsWith('.test.ts'),
  });
  cpSync(join(root, 'dist/renderer'), join(dir, 'renderer'), {
    recursive: true,
    // The app only: no source maps, no test harness pages (see electron-builder.yml).
    filter: (path) => {
      const rel = relative(join(root, 'dist/renderer'), path).split(sep).join('/');
      return !rel.endsWith('.map') && !/^(harness(\/|$)|assets\/harness-)/.test(rel);
    },
  });
  // test/electron-audit.test.ts plants an insecure window here to show that the step fails.
  const planted = process.env.PROTOKOLLANT_ELECTRONEGATIVITY_PLANT;
  if (planted) cpSync(planted, join(dir, 'electron', 'planted.ts'));
  return dir;
}

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => statSync(join(dir, name)).isFile());
}

/**
 * Runs Electronegativity in this process, offline: the tool fetches translations and Electron's
 * release list from the internet, which a lint must not depend on (the version check is ours:
 * security.test.ts point 16). `got`, its HTTP client, is replaced by one that always fails.
 */
async function electronegativity() {
  const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js');
  const gotPath = createRequire(runnerPath).resolve('got');
  const offline = () => Promise.reject(new Error('offline'));
  offline.head = offline;
  const stub = new Module(gotPath);
  stub.filename = gotPath;
  stub.loaded = true;
  stub.exports = offline;
  require.cache[gotPath] = stub;
  const runner = require(runnerPath);
  const run = runner.default ?? runner;
  const electronVersion = JSON.parse(
    readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
  ).version;

  const dir = scanFolder();
  try {
    const files = filesUnder(dir);
    for (const needed of ['electron/main.ts', 'electron/preload.ts', 'renderer/index.html']) {
      if (!files.includes(needed)) throw new Error(`${needed} is missing from the scan`);
    }
    const log = console.log;
    // The tool says it could not fetch translations: true, and nothing to act on.
    console.log = () => undefined;
    let result;
    try {
      result = await run(
        {
          input: dir,
          isRelative: true,
          electronVersionOverride: electronVersion,
          customScan: [],
          excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
          parserPlugins: [],
        },
        false,
      );
    } finally {
      console.log = log;
    }
    const broken = result.errors.filter((error) => !error.tolerable);
    const used = new Set();
    const unjustified = [];
    for (const issue of result.issues) {
      const file = issue.file.split(sep).join('/');
      const sourceLine =
        file === 'N/A'
          ? ''
          : (readFileSync(join(dir, file), 'utf8').split('\n')[issue.location.line - 1] ?? '');
      const reason = JUSTIFIED.find(
        (j) => j.check === issue.id && j.file === file && (!j.line || j.line.test(sourceLine)),
      );
      const where = `${issue.id} ${file}:${issue.location.line}:${issue.location.column}`;
      if (reason) {
        used.add(reason);
        console.log(`  justified  ${where}\n             ${reason.why}`);
      } else {
        unjustified.push(issue);
        console.log(
          `  FINDING    ${where}: ${issue.description}\n             ${sourceLine.trim()}`,
        );
      }
    }
    for (const reason of JUSTIFIED.filter((j) => !used.has(j))) {
      console.log(`  (no longer found: ${reason.check} ${reason.file})`);
    }
    for (const error of broken) console.log(`  ERROR      ${error.file}: ${error.message}`);
    console.log(
      `electronegativity ${electronVersion}: ${files.length} files, ` +
        `${result.globalChecks + result.atomicChecks} checks, ${result.issues.length} findings, ` +
        `${unjustified.length} not justified`,
    );
    return unjustified.length === 0 && broken.length === 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--electronegativity')) {
  process.exit((await electronegativity()) ? 0 : 1);
}

const steps = [
  ['eslint', 'npx', ['--no-install', 'eslint', '.', '--max-warnings=0']],
  ['prettier', 'npx', ['--no-install', 'prettier', '--check', '.', '--log-level=warn']],
  ['tsc', 'npx', ['--no-install', 'tsc', '-p', 'tsconfig.json', '--noEmit']],
  [
    'tsc (core: no DOM, no Node)',
    'npx',
    ['--no-install', 'tsc', '-p', 'tsconfig.core.json', '--noEmit'],
  ],
  // Its own process: it replaces a module in the require cache.
  ['electronegativity', process.execPath, [fileURLToPath(import.meta.url), '--electronegativity']],
];

let failed = 0;
for (const [name, command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`lint: ${name} failed`);
    failed++;
  }
}
process.exit(failed ? 1 : 0);
