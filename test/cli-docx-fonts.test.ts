import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { obfuscateFont } from '../core/export/docx/package-xml';
import { loadFonts, loadFontTails } from '../host/fonts';
import { unzip } from './support/docx';
import { STUTTGART_EXAMPLE } from './support/seed';

/**
 * The embedded faces of a cold `protokollant export --docx`: the CLI build deflates them ahead
 * (scripts/build.mjs, dist/cli/fonts), and the export puts that DEFLATE behind the 32 bytes the
 * font key changes. The faces in the file must still be Arimo's own bytes, obfuscated with the
 * key the font table names.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TAILS = join(ROOT, 'dist/cli/fonts');
let dir: string;

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli/protokollant.cjs')) || !existsSync(TAILS)) {
    throw new Error('dist/cli is missing: run `node scripts/build.mjs cli` first');
  }
  dir = mkdtempSync(join(tmpdir(), 'pk-docx-fonts-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI DOCX with the faces deflated at build time', () => {
  it('finds a DEFLATE for every face, made from that face', async () => {
    const fonts = await loadFonts();
    const tails = await loadFontTails(TAILS, fonts);
    for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
      const tail = tails[face];
      expect(tail, face).toBeDefined();
      expect(Buffer.from(inflateRawSync(tail!)).equals(Buffer.from(fonts[face].subarray(32)))).toBe(
        true,
      );
    }
    // Another font (or another version of it) finds none.
    const other = { ...fonts, regular: new Uint8Array(fonts.regular).fill(7, 100, 200) };
    expect((await loadFontTails(TAILS, other)).regular).toBeUndefined();
  });

  it('embeds Arimo exactly, with the font table’s keys, from the made-ahead DEFLATE', async () => {
    const output = join(dir, 'seed.docx');
    execFileSync('node', ['bin/protokollant.js', 'export', STUTTGART_EXAMPLE, '--docx', output], {
      cwd: ROOT,
    });
    const bytes = readFileSync(output);
    const parts = unzip(bytes);
    const fontTable = new TextDecoder().decode(parts.get('word/fontTable.xml'));
    const keys = [...fontTable.matchAll(/w:fontKey="\{([0-9A-F-]+)\}"/g)].map((m) => m[1]!);
    expect(keys).toHaveLength(2);
    const fonts = await loadFonts();
    const tails = await loadFontTails(TAILS, fonts);
    for (const [index, face] of (['regular', 'bold'] as const).entries()) {
      const part = parts.get(`word/fonts/font${index + 1}.odttf`)!;
      const expected = obfuscateFont(fonts[face], keys[index]!);
      expect(Buffer.from(part).equals(Buffer.from(expected)), face).toBe(true);
      // The file carries the build's DEFLATE of the face, not one made in this run.
      expect(bytes.indexOf(Buffer.from(tails[face]!)), face).toBeGreaterThan(0);
    }
  });
});
