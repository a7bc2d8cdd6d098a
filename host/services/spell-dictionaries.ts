import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The desktop app's own spell checker (Chromium's, for plain fields on Windows and Linux) with
 * the dictionaries it ships, never one downloaded. Chromium looks for `<language>-<version>.bdic`
 * in its dictionary folder, which Electron puts at `<userData>/Dictionaries`, and downloads a
 * file only when it finds none there (or a broken one). So the app copies its bundled files
 * (made by scripts/build-dictionaries.mjs from dictionary-de and dictionary-en) into that folder
 * before it names the languages, and points the download at its own origin, which serves no
 * dictionary (electron/security.ts).
 */

/** The files under the names Chromium asks for (its spellcheck_common.cc table). */
export const BUNDLED_DICTIONARIES = [
  { language: 'de-DE', file: 'de-DE-3-0.bdic' },
  { language: 'en-US', file: 'en-US-10-1.bdic' },
] as const;

/** Electron's dictionary folder below the user data folder. */
export const CHROMIUM_DICTIONARY_FOLDER = 'Dictionaries';

export type BdicCheck = { ok: true; version: string } | { ok: false; reason: string };

const HEADER_BYTES = 32;
const SIGNATURE = 'BDic';
/** The format version Chromium's hunspell reader (bdict.h) reads. */
const MAJOR_VERSION = 2;

/**
 * Checks a .bdic file the way Chromium's BDict::Verify does before it uses one: the "BDic"
 * signature, a major version it reads, the affix and word sections inside the file and in
 * order, and the MD5 of everything after the header equal to the digest the header carries.
 * A file that fails is not installed: Chromium would delete it and try to download another.
 */
export function checkBdic(bytes: Uint8Array): BdicCheck {
  if (bytes.length < HEADER_BYTES) return { ok: false, reason: 'shorter than its header' };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = String.fromCharCode(...bytes.subarray(0, 4));
  if (signature !== SIGNATURE) return { ok: false, reason: 'no BDic signature' };
  const major = view.getUint16(4, true);
  const minor = view.getUint16(6, true);
  if (major !== MAJOR_VERSION) return { ok: false, reason: `format version ${major}` };
  const affOffset = view.getUint32(8, true);
  const dicOffset = view.getUint32(12, true);
  if (affOffset < HEADER_BYTES || dicOffset <= affOffset || dicOffset >= bytes.length) {
    return { ok: false, reason: 'sections outside the file' };
  }
  const digest = createHash('md5').update(bytes.subarray(HEADER_BYTES)).digest();
  if (!digest.equals(Buffer.from(bytes.subarray(16, HEADER_BYTES)))) {
    return { ok: false, reason: 'checksum does not match' };
  }
  return { ok: true, version: `${major}.${minor}` };
}

export interface DictionaryInstall {
  /** The languages whose dictionary is in place, in the order of BUNDLED_DICTIONARIES. */
  languages: string[];
  /** Files copied now (new, or different from the one in place). */
  written: string[];
  /** Bundled files missing or broken: their language is left out, never downloaded. */
  problems: { file: string; reason: string }[];
}

/**
 * Puts each bundled dictionary into `<userData>/Dictionaries`: written when missing or
 * different (after an update), left alone when the same, skipped when the bundled file is
 * missing or fails checkBdic. Written beside and renamed, so Chromium never reads half a file.
 */
export async function installBundledDictionaries(
  bundledFolder: string,
  userDataFolder: string,
): Promise<DictionaryInstall> {
  const target = join(userDataFolder, CHROMIUM_DICTIONARY_FOLDER);
  await mkdir(target, { recursive: true });
  const result: DictionaryInstall = { languages: [], written: [], problems: [] };
  for (const { language, file } of BUNDLED_DICTIONARIES) {
    let bundled: Buffer;
    try {
      bundled = await readFile(join(bundledFolder, file));
    } catch {
      result.problems.push({ file, reason: 'not bundled' });
      continue;
    }
    const check = checkBdic(bundled);
    if (!check.ok) {
      result.problems.push({ file, reason: check.reason });
      continue;
    }
    const path = join(target, file);
    const present = await readFile(path).catch(() => null);
    if (present === null || !present.equals(bundled)) {
      const partial = `${path}.${process.pid}.partial`;
      await writeFile(partial, bundled);
      await rename(partial, path);
      result.written.push(file);
    }
    result.languages.push(language);
  }
  return result;
}

/**
 * Where the bundled dictionaries are: electron-builder puts build/dictionaries into the
 * package's resources folder (electron-builder.yml, extraResources); a development run reads
 * them from the checkout (`appFolder` is the folder of the built main script, dist/electron).
 */
export function bundledDictionaryFolder(options: {
  packaged: boolean;
  resourcesPath: string;
  appFolder: string;
}): string {
  return options.packaged
    ? join(options.resourcesPath, 'dictionaries')
    : join(options.appFolder, '..', '..', 'build', 'dictionaries');
}
