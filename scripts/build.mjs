// Builds what runs outside the TypeScript toolchain:
//   cli      dist/cli/index.mjs (the `protokollant` command; run on `npm install` via prepare)
//   web      dist/web.mjs (the browser-mode server) and dist/host-worker.mjs (its worker thread)
//   electron dist/electron/main.cjs, preload.cjs and host-worker.cjs
//   renderer dist/renderer/ (Vite)
//   all      everything above
// Usage: node scripts/build.mjs [cli|web|electron|renderer|all]...
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

if (want('cli')) {
  // Split into chunks so each command loads only what it needs (see cli/main.ts).
  jobs.push(
    build({
      ...node,
      packages: undefined,
      plugins: [cliPackages],
      // Bundled CommonJS libraries (pdf-lib) ask for require.
      banner: {
        js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);",
      },
      entryPoints: { index: 'cli/index.ts' },
      outdir: 'dist/cli',
      splitting: true,
      chunkNames: 'chunks/[name]-[hash]',
      outExtension: { '.js': '.mjs' },
      // Every cold start parses the chunks it loads: without whitespace and with shorter syntax
      // (names kept, for readable errors) about 5 % less CPU for a cold `export --docx`
      // (alternating runs, issue 17). The source maps still point into the sources.
      minifyWhitespace: true,
      minifySyntax: true,
    }),
  );
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
