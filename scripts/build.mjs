// Builds what runs outside the TypeScript toolchain:
//   cli      dist/cli/protokollant.cjs and its code cache (the `protokollant` command; run on
//            `npm install` via prepare)
//   web      dist/web.mjs (the browser-mode server) and dist/host-worker.mjs (its worker thread)
//   electron dist/electron/main.cjs, preload.cjs and host-worker.cjs
//   renderer dist/renderer/ (Vite)
//   all      everything above
// Usage: node scripts/build.mjs [cli|web|electron|renderer|all]...
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const targets = new Set(process.argv.slice(2).length ? process.argv.slice(2) : ['all']);
const want = (name) => targets.has(name) || targets.has('all');

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  absWorkingDir: root,
};

const jobs = [];
const entry = (path) => existsSync(new URL(`../${path}`, import.meta.url));

/**
 * The CLI carries the pure-JS libraries of its export path in its own chunks instead of loading
 * them from node_modules: a cold `protokollant export` then resolves no package (no package.json
 * lookups, zod's hundreds of files read as one chunk). Measured with PROTOKOLLANT_TRACE=1 on the
 * 60-item sample: about 15 % less CPU time for a cold DOCX export. Other packages (browsers,
 * fonts, dictionaries, anything that finds its own files on disk) stay external.
 */
const CLI_BUNDLED = /^(docx|zod|pdf-lib|@noble\/hashes|@noble\/ed25519)(\/|$)/;
const cliPackages = {
  name: 'cli-packages',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('node:') || CLI_BUNDLED.test(args.path)
        ? undefined
        : { path: args.path, external: true },
    );
    // zod's `z.locales` namespace pulls every language's error messages into the bundle (half
    // of zod's code, compiled on every cold start); the CLI's messages come from core/i18n, and
    // zod itself only uses English. The namespace keeps `en` alone.
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /zod[\\/]v4[\\/](classic[\\/]external|core[\\/]index)\.js$/.test(args.importer)
        ? { path: join(dirname(args.importer), '../locales/en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * The CLI is one CommonJS script that bin/protokollant.js compiles with V8's code cache (the
 * compiled code of a run kept beside it, protokollant.cjs.cache): a cold `export --docx` then
 * neither parses nor compiles the code it runs. One file, because a code cache belongs to one
 * script (Node 20 has no cache for ES modules). Host code that finds its files from
 * import.meta.url gets the bundle's own URL (fonts beside it in dist/cli).
 */
const CLI_OUT = 'dist/cli/protokollant.cjs';
if (want('cli')) {
  jobs.push(
    build({
      ...node,
      format: 'cjs',
      packages: undefined,
      plugins: [cliPackages],
      entryPoints: ['cli/index.ts'],
      outfile: CLI_OUT,
      define: { 'import.meta.url': '__bundleUrl' },
      banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
      // Fewer bytes to read and hash on every start (names kept, for readable errors); the
      // source map still points into the sources.
      minifyWhitespace: true,
      minifySyntax: true,
    }).then(() => {
      // esbuild writes ASCII except inside regular expressions (eight, with German words): one
      // such character makes the whole 1.9 MB script a two-byte string in V8, twice the memory
      // and hashing on every start. As \u escapes they mean the same everywhere in JavaScript.
      const file = join(root, CLI_OUT);
      const code = readFileSync(file, 'utf8');
      writeFileSync(
        file,
        code.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
      );
      // What the chunked build of earlier versions left: never loaded again.
      for (const stale of ['dist/cli/chunks', 'dist/cli/index.mjs', 'dist/cli/index.mjs.map']) {
        rmSync(join(root, stale), { recursive: true, force: true });
      }
    }),
  );
}

/**
 * Seeds the code cache with what an export compiles: the launcher writes the cache when asked
 * (PROTOKOLLANT_CODE_CACHE=write) as the run ends. The workload is a DOCX export of a small
 * sample: V8 reads everything in a cache at start, so it holds the most common run's code and
 * nothing more (other runs compile what else they need, as without a cache).
 * Without this, the first run of whatever command writes the cache, and a later export would
 * still compile most of its code.
 */
function seedCliCodeCache() {
  const dir = mkdtempSync(join(tmpdir(), 'protokollant-build-'));
  try {
    const cli = join(root, 'bin/protokollant.js');
    const file = join(dir, 'seed.protokoll');
    const run = (args, env = {}) => {
      const result = spawnSync(process.execPath, [cli, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, ...env },
      });
      if (result.status !== 0) {
        throw new Error(`scripts/build.mjs: protokollant ${args[0]} failed: ${result.stderr}`);
      }
    };
    rmSync(join(root, `${CLI_OUT}.cache`), { force: true });
    run(['sample', '--tops', '4', '--out', file]);
    run(['export', file, '--docx', join(dir, 'seed.docx')], { PROTOKOLLANT_CODE_CACHE: 'write' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The embedded Arimo faces' DEFLATE, made once here instead of in every cold `export --docx`
 * (deflating them was most of zipping the DOCX): each face from byte 32 on, which is all the
 * DOCX's font key leaves alone (core/export/docx/package-xml.ts puts the 32 obfuscated bytes
 * before it as a stored block). Named as host/fonts.ts `fontTailName` looks them up: face,
 * CRC-32 and length of the font, so a file is only used with the font it was made from.
 */
function cliFontTails() {
  const fontsSource = readFileSync(join(root, 'core/export/fonts.ts'), 'utf8');
  const files = [...fontsSource.matchAll(/^\s*(\w+): '([^']+\.ttf)',$/gm)];
  if (files.length !== 4)
    throw new Error('scripts/build.mjs: FONT_FILES not found in core/export/fonts.ts');
  const fontDir = dirname(
    createRequire(import.meta.url).resolve('@expo-google-fonts/arimo/package.json'),
  );
  const out = join(root, 'dist/cli/fonts');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [, face, file] of files) {
    const bytes = readFileSync(join(fontDir, file));
    const crc = (crc32(bytes.subarray(32)) >>> 0).toString(16).padStart(8, '0');
    writeFileSync(
      join(out, `${face}-${crc}-${bytes.length}.deflate`),
      deflateRawSync(bytes.subarray(32), { level: 9 }),
    );
  }
  return readdirSync(out).length;
}

if (want('cli')) jobs.push(Promise.resolve().then(cliFontTails));
if (want('web') && entry('host/web/main.ts')) {
  jobs.push(
    build({ ...node, entryPoints: ['host/web/main.ts'], outfile: 'dist/web.mjs' }),
    // The host's worker thread (imports, exports, PDF prints off the main thread): a file of
    // its own beside the server, which starts it (host/work/pool.ts).
    build({ ...node, entryPoints: ['host/work/worker.ts'], outfile: 'dist/host-worker.mjs' }),
  );
}
if (want('electron') && entry('electron/main.ts')) {
  jobs.push(
    // CommonJS, as package.json's "main" says; host code that asks for import.meta.url (to find
    // its packages) gets the bundle's own URL.
    build({
      ...node,
      format: 'cjs',
      entryPoints: ['electron/main.ts'],
      outfile: 'dist/electron/main.cjs',
      external: ['electron'],
      define: { 'import.meta.url': '__bundleUrl' },
      banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    }),
    // The host's worker thread, CommonJS like the main process (Electron loads it from the
    // asar archive; worker threads read asar since Electron 18).
    build({
      ...node,
      format: 'cjs',
      entryPoints: ['host/work/worker.ts'],
      outfile: 'dist/electron/host-worker.cjs',
      external: ['electron'],
      define: { 'import.meta.url': '__bundleUrl' },
      banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    }),
    // A sandboxed preload cannot be an ES module: CommonJS, with only `electron` left external.
    build({
      ...node,
      packages: undefined,
      format: 'cjs',
      entryPoints: ['electron/preload.ts'],
      outfile: 'dist/electron/preload.cjs',
      external: ['electron'],
    }),
  );
}
if (want('renderer') && entry('renderer/index.html')) {
  // Always the build that ships: Vite keeps a NODE_ENV it finds, and Vitest (whose e2e files
  // call this script) sets it to "test", which bundled React's development build: StrictMode
  // then ran every effect twice on mount and the e2e tests drove an app no user gets.
  process.env.NODE_ENV = 'production';
  const { build: viteBuild } = await import('vite');
  jobs.push(
    viteBuild({ configFile: `${root}vite.config.ts`, logLevel: 'warn', mode: 'production' }),
  );
}

try {
  await Promise.all(jobs);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (want('cli')) {
  // Only speed depends on the cache: without it the tool works (and writes one on its first
  // run), so a failure here is said, not fatal. test/cli-code-cache.test.ts expects the cache.
  try {
    seedCliCodeCache();
  } catch (error) {
    console.warn(
      `scripts/build.mjs: no code cache for the CLI: ${error instanceof Error ? error.message : error}`,
    );
  }
}
