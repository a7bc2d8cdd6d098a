#!/usr/bin/env node
// The command line tool. The TypeScript sources are bundled into one script,
// dist/cli/protokollant.cjs, on `npm install` (the package's prepare script); this launcher
// finds and starts it.
//
// It compiles the script with V8's code cache, kept beside it (protokollant.cjs.cache): a cold
// run then takes the compiled code of zod, the message catalog, the reader and the exporters
// from there instead of parsing and compiling them again (a third of a cold `export --docx`).
// The build writes the cache (scripts/build.mjs); a run writes it again only when V8 refuses it
// (another Node version) or it is missing, and never fails for it (a read-only install).
// The cache is read only from beside the script, which is exactly as trusted as the script:
// V8 checks that a cache fits the script and the engine, not that its code is harmless, so it
// must never come from a place others can write to (such as the temporary folder).
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script, constants } from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/cli/protokollant.cjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'Protokollant ist noch nicht gebaut. Bitte im Projektordner „npm install“ oder „npm run build“ ausführen.\n' +
      'Protokollant is not built yet. Please run “npm install” or “npm run build” in the project folder.\n',
  );
  process.exit(70);
}

const cacheFile = `${bundle}.cache`;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// The CommonJS wrapper on the script's first line, so its line numbers stay the bundle's.
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`,
  {
    filename: bundle,
    cachedData,
    importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  },
);
const cache = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
// Read into the script now: its 1.2 MB need not stay in the heap for the run.
cachedData = undefined;
// For PROTOKOLLANT_TRACE (cli/trace.ts): whether this run had its compiled code from the cache.
globalThis[Symbol.for('protokollant.codeCache')] = cache;
if (cache !== 'used' || process.env.PROTOKOLLANT_CODE_CACHE === 'write') {
  // At the end, so the cache holds every function this run compiled. Written to a file of its
  // own and renamed: two runs at once never leave half a cache.
  process.once('exit', () => {
    const temp = `${cacheFile}.${process.pid}.tmp`;
    try {
      writeFileSync(temp, script.createCachedData());
      renameSync(temp, cacheFile);
    } catch {
      rmSync(temp, { force: true });
    }
  });
}
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
