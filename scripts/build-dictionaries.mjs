#!/usr/bin/env node
/**
 * Makes the Hunspell dictionaries of the desktop app's own spell checker (Chromium's, in
 * Electron: plain fields on Windows and Linux) from the same dictionaries the editor's worker
 * reads (the npm packages dictionary-de and dictionary-en), so the app never downloads one.
 *
 * Chromium reads dictionaries only in its binary format (.bdic). The converter is Chromium's own
 * convert_dict, as Qt WebEngine ships it: Debian's package qt6-webengine-dev-tools
 * (`apt-get install qt6-webengine-dev-tools`) installs it as
 * /usr/lib/qt6/libexec/qwebengine_convert_dict; PROTOKOLLANT_CONVERT_DICT names another path.
 * It checks every word of the .dic against the .bdic it wrote before it reports success.
 *
 * Writes build/dictionaries/: the .bdic files under the names Chromium looks for
 * (de-DE-3-0.bdic, en-US-10-1.bdic), each dictionary's licence, and dictionaries.json (where each
 * came from, with checksums: host/services/spell-dictionaries.test.ts checks that the files match
 * the installed npm dictionaries). electron-builder ships the folder as resources/dictionaries.
 *
 * Usage: node scripts/build-dictionaries.mjs
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'build', 'dictionaries');

/** Chromium's names (spellcheck_common.cc's table); host/services/spell-dictionaries.ts too. */
const DICTIONARIES = [
  { language: 'de-DE', file: 'de-DE-3-0.bdic', package: 'dictionary-de' },
  { language: 'en-US', file: 'en-US-10-1.bdic', package: 'dictionary-en' },
];

function converter() {
  const candidates = [
    process.env.PROTOKOLLANT_CONVERT_DICT,
    '/usr/lib/qt6/libexec/qwebengine_convert_dict',
    '/usr/lib/x86_64-linux-gnu/qt6/libexec/qwebengine_convert_dict',
    '/usr/lib/qt5/bin/qwebengine_convert_dict',
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    console.error(
      'qwebengine_convert_dict not found. Install it with `apt-get install qt6-webengine-dev-tools` ' +
        'or name it in PROTOKOLLANT_CONVERT_DICT.',
    );
    process.exit(1);
  }
  return found;
}

const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');

async function main() {
  const tool = converter();
  await mkdir(OUT, { recursive: true });
  const work = await mkdtemp(join(tmpdir(), 'pk-bdic-'));
  const manifest = {
    converter: 'qwebengine_convert_dict (Chromium convert_dict)',
    dictionaries: [],
  };
  try {
    for (const entry of DICTIONARIES) {
      const folder = join(ROOT, 'node_modules', entry.package);
      const pkg = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8'));
      const aff = await readFile(join(folder, 'index.aff'));
      const dic = await readFile(join(folder, 'index.dic'));
      // The converter reads NAME.aff beside NAME.dic.
      await writeFile(join(work, `${entry.language}.aff`), aff);
      await writeFile(join(work, `${entry.language}.dic`), dic);
      const target = join(work, entry.file);
      const log = execFileSync(tool, [join(work, `${entry.language}.dic`), target], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      if (!/Success/.test(log)) throw new Error(`${entry.file}: ${log}`);
      const bdic = await readFile(target);
      await writeFile(join(OUT, entry.file), bdic);
      await copyFile(join(folder, 'license'), join(OUT, `${entry.language}.license.txt`));
      manifest.dictionaries.push({
        language: entry.language,
        file: entry.file,
        bytes: bdic.length,
        sha256: sha256(bdic),
        source: {
          package: entry.package,
          version: pkg.version,
          license: pkg.license,
          affSha256: sha256(aff),
          dicSha256: sha256(dic),
        },
      });
      console.log(`${entry.file}: ${bdic.length} bytes from ${entry.package}@${pkg.version}`);
    }
    await writeFile(join(OUT, 'dictionaries.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
