import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
