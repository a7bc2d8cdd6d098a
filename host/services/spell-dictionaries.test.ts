import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLED_DICTIONARIES,
  bundledDictionaryFolder,
  checkBdic,
  installBundledDictionaries,
} from './spell-dictionaries';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLED = join(ROOT, 'build', 'dictionaries');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Manifest {
  dictionaries: {
    language: string;
    file: string;
    bytes: number;
    sha256: string;
    source: { package: string; version: string; affSha256: string; dicSha256: string };
  }[];
}

/** The strings of one section of the .bdic's affix part (NUL-separated lines of the .aff). */
function affixLines(bytes: Buffer): { rules: string[]; other: string[] } {
  const affOffset = bytes.readUInt32LE(8);
  const dicOffset = bytes.readUInt32LE(12);
  const ruleStart = bytes.readUInt32LE(affOffset + 4);
  const repStart = bytes.readUInt32LE(affOffset + 8);
  const otherStart = bytes.readUInt32LE(affOffset + 12);
  const lines = (from: number, to: number) =>
    bytes.subarray(from, to).toString('utf8').split('\0').filter(Boolean);
  return { rules: lines(ruleStart, repStart), other: lines(otherStart, dicOffset) };
}

/** A rule line without its continuation flags (the converter numbers those as AF groups). */
const rule = (line: string) =>
  line
    .trim()
    .split(/\s+/)
    .map((field) => field.replace(/\/\S*$/, '/'))
    .join(' ');

describe('the dictionaries bundled for Chromium’s spell checker', () => {
  let manifest: Manifest;
  beforeAll(async () => {
    manifest = JSON.parse(await readFile(join(BUNDLED, 'dictionaries.json'), 'utf8')) as Manifest;
  });

  it('are the files Chromium asks for, each a .bdic that Chromium’s own check accepts', async () => {
    expect(manifest.dictionaries.map((d) => [d.language, d.file])).toEqual(
      BUNDLED_DICTIONARIES.map((d) => [d.language, d.file]),
    );
    for (const entry of manifest.dictionaries) {
      const bytes = await readFile(join(BUNDLED, entry.file));
      expect(checkBdic(bytes), entry.file).toEqual({ ok: true, version: '2.0' });
      expect(bytes.length).toBe(entry.bytes);
      expect(sha256(bytes)).toBe(entry.sha256);
    }
  });

  it('were made from the dictionaries the editor’s worker reads (dictionary-de, dictionary-en)', async () => {
    for (const entry of manifest.dictionaries) {
      const folder = join(ROOT, 'node_modules', entry.source.package);
      const pkg = JSON.parse(await readFile(join(folder, 'package.json'), 'utf8')) as {
        version: string;
      };
      // An update of the npm dictionary needs `node scripts/build-dictionaries.mjs` again.
      expect(entry.source.version, entry.source.package).toBe(pkg.version);
      expect(sha256(await readFile(join(folder, 'index.aff')))).toBe(entry.source.affSha256);
      expect(sha256(await readFile(join(folder, 'index.dic')))).toBe(entry.source.dicSha256);
      expect(existsSync(join(BUNDLED, `${entry.language}.license.txt`))).toBe(true);
    }
  });

  it('carry the German affix rules and compounding of the .aff they came from', async () => {
    const bytes = await readFile(join(BUNDLED, 'de-DE-3-0.bdic'));
    const { rules, other } = affixLines(bytes);
    const aff = await readFile(join(ROOT, 'node_modules', 'dictionary-de', 'index.aff'), 'utf8');
    const sourceRules = aff
      .split('\n')
      .filter((line) => /^(SFX|PFX)\s/.test(line))
      .map(rule);
    expect(sourceRules.length).toBeGreaterThan(400);
    expect(new Set(rules.map(rule))).toEqual(new Set(sourceRules));
    // Without these Chromium would mark "Gemeinderatssitzung" and every other compound.
    for (const flag of ['COMPOUNDBEGIN x', 'COMPOUNDMIDDLE y', 'COMPOUNDEND z', 'ONLYINCOMPOUND o'])
      expect(other).toContain(flag);
  });

  // The converter is a test dependency (.ci/run installs it), as Chromium is for the e2e tests.
  it('are what the build script makes from the installed dictionaries, byte for byte', async () => {
    const copy = await mkdtemp(join(tmpdir(), 'pk-bdic-check-'));
    try {
      for (const entry of manifest.dictionaries) {
        const folder = join(ROOT, 'node_modules', entry.source.package);
        await copyFile(join(folder, 'index.aff'), join(copy, `${entry.language}.aff`));
        await copyFile(join(folder, 'index.dic'), join(copy, `${entry.language}.dic`));
        execFileSync('/usr/lib/qt6/libexec/qwebengine_convert_dict', [
          join(copy, `${entry.language}.dic`),
          join(copy, entry.file),
        ]);
        expect(sha256(await readFile(join(copy, entry.file))), entry.file).toBe(entry.sha256);
      }
    } finally {
      await rm(copy, { recursive: true, force: true });
    }
  });
});

describe('checkBdic refuses a file Chromium would refuse', () => {
  let good: Buffer;
  beforeAll(async () => {
    good = await readFile(join(BUNDLED, 'en-US-10-1.bdic'));
  });

  it('a changed word, a cut file, another signature, another version', () => {
    const changed = Buffer.from(good);
    changed.writeUInt8(changed.readUInt8(changed.length - 100) ^ 0x01, changed.length - 100);
    expect(checkBdic(changed)).toEqual({ ok: false, reason: 'checksum does not match' });
    expect(checkBdic(good.subarray(0, 20))).toEqual({
      ok: false,
      reason: 'shorter than its header',
    });
    expect(checkBdic(good.subarray(0, good.readUInt32LE(12)))).toEqual({
      ok: false,
      reason: 'sections outside the file',
    });
    const hunspell = Buffer.from(good);
    hunspell.write('SET ', 0, 'latin1');
    expect(checkBdic(hunspell)).toEqual({ ok: false, reason: 'no BDic signature' });
    const newer = Buffer.from(good);
    newer.writeUInt16LE(3, 4);
    expect(checkBdic(newer)).toEqual({ ok: false, reason: 'format version 3' });
  });
});

describe('installBundledDictionaries puts them where Electron’s Chromium looks', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pk-dictionaries-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('copies each into <userData>/Dictionaries once, and again only when it changed', async () => {
    const userData = join(dir, 'user-data');
    const first = await installBundledDictionaries(BUNDLED, userData);
    expect(first).toEqual({
      languages: ['de-DE', 'en-US'],
      written: ['de-DE-3-0.bdic', 'en-US-10-1.bdic'],
      problems: [],
    });
    for (const { file } of BUNDLED_DICTIONARIES) {
      const placed = await readFile(join(userData, 'Dictionaries', file));
      expect(placed.equals(await readFile(join(BUNDLED, file))), file).toBe(true);
    }
    const before = await stat(join(userData, 'Dictionaries', 'de-DE-3-0.bdic'));
    const again = await installBundledDictionaries(BUNDLED, userData);
    expect(again.written).toEqual([]);
    expect(again.languages).toEqual(['de-DE', 'en-US']);
    expect((await stat(join(userData, 'Dictionaries', 'de-DE-3-0.bdic'))).mtimeMs).toBe(
      before.mtimeMs,
    );
    // An older or broken file in place (a previous version, a download) is replaced.
    await writeFile(join(userData, 'Dictionaries', 'en-US-10-1.bdic'), 'alt');
    const replaced = await installBundledDictionaries(BUNDLED, userData);
    expect(replaced.written).toEqual(['en-US-10-1.bdic']);
    expect(checkBdic(await readFile(join(userData, 'Dictionaries', 'en-US-10-1.bdic'))).ok).toBe(
      true,
    );
  });

  it('leaves a language out when its bundled file is missing or broken, and says why', async () => {
    const bundled = join(dir, 'broken-bundle');
    await mkdir(bundled, { recursive: true });
    const de = await readFile(join(BUNDLED, 'de-DE-3-0.bdic'));
    de.writeUInt8(de.readUInt8(de.length - 1) ^ 0xff, de.length - 1);
    await writeFile(join(bundled, 'de-DE-3-0.bdic'), de);
    const userData = join(dir, 'user-data-2');
    const result = await installBundledDictionaries(bundled, userData);
    expect(result).toEqual({
      languages: [],
      written: [],
      problems: [
        { file: 'de-DE-3-0.bdic', reason: 'checksum does not match' },
        { file: 'en-US-10-1.bdic', reason: 'not bundled' },
      ],
    });
    expect(existsSync(join(userData, 'Dictionaries', 'de-DE-3-0.bdic'))).toBe(false);
  });

  it('finds the bundle in the package’s resources, or in the checkout when developing', () => {
    expect(
      bundledDictionaryFolder({
        packaged: true,
        resourcesPath: '/opt/Protokollant/resources',
        appFolder: '/opt/Protokollant/resources/app.asar/dist/electron',
      }),
    ).toBe('/opt/Protokollant/resources/dictionaries');
    expect(
      bundledDictionaryFolder({
        packaged: false,
        resourcesPath: '/x/node_modules/electron/dist/resources',
        appFolder: join(ROOT, 'dist', 'electron'),
      }),
    ).toBe(BUNDLED);
  });
});
