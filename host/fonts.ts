import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { FontTails } from '../core/export/docx/options';
import { FONT_FILES, type FontSet } from '../core/export/fonts';

let cached: Promise<FontSet> | null = null;

/** Where the bundled Arimo files are (the npm package @expo-google-fonts/arimo). */
export function fontDirectory(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@expo-google-fonts/arimo/package.json'));
}

export function loadFonts(): Promise<FontSet> {
  cached ??= (async () => {
    const dir = fontDirectory();
    const read = async (file: string) => new Uint8Array(await readFile(join(dir, file)));
    const [regular, bold, italic, boldItalic] = await Promise.all([
      read(FONT_FILES.regular),
      read(FONT_FILES.bold),
      read(FONT_FILES.italic),
      read(FONT_FILES.boldItalic),
    ]);
    return { regular, bold, italic, boldItalic };
  })();
  return cached;
}

/**
 * The file name of a face's DEFLATE made ahead (core/export/docx/options.ts `fontTails`): the
 * face, and the CRC-32 and length of the bytes it was made from, so it is only ever used with
 * the very font it was made from. scripts/build.mjs names the files it makes the same way.
 */
export function fontTailName(face: keyof FontSet, bytes: Uint8Array): string {
  const crc = (crc32(bytes.subarray(32)) >>> 0).toString(16).padStart(8, '0');
  return `${face}-${crc}-${bytes.length}.deflate`;
}

/**
 * The faces' DEFLATE made ahead in `dir` (the CLI build's dist/cli/fonts): those that are
 * there and fit the faces; a face without one is deflated when the DOCX is zipped.
 */
export async function loadFontTails(
  dir: string,
  fonts: FontSet,
  faces: readonly (keyof FontSet)[] = Object.keys(FONT_FILES) as (keyof FontSet)[],
): Promise<FontTails> {
  const tails: FontTails = {};
  await Promise.all(
    faces.map(async (face) => {
      try {
        tails[face] = new Uint8Array(await readFile(join(dir, fontTailName(face, fonts[face]))));
      } catch {
        // Not made (another build, other fonts): this face is deflated as any part.
      }
    }),
  );
  return tails;
}
