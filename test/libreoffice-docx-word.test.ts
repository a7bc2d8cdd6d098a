import { execFile as execFileCallback, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxPart } from './support/docx';
import { SIGNED_EXAMPLE } from './support/review';
import { STUTTGART_EXAMPLE } from './support/seed';
import { ensureCliBuilt } from './support/cli';

/**
 * What Word-native features of the DOCX another word processor sees: the real CLI writes the
 * DOCX, LibreOffice opens it and saves it as ODT, and the ODT's XML is read back. LibreOffice
 * must find the Betreff as a heading, the ENTWURF watermark as the drawing Word would show, and
 * open signed minutes read-only.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const execFile = promisify(execFileCallback);

let dir: string;
const odt: Record<string, { content: string; styles: string; settings: string }> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'protokollant-lo-word-'));
  ensureCliBuilt();
  const cli = (input: string, output: string) =>
    execFileSync('node', ['bin/protokollant.js', 'export', input, '--docx', output], { cwd: ROOT });
  cli(STUTTGART_EXAMPLE, join(dir, 'entwurf.docx'));
  cli(SIGNED_EXAMPLE, join(dir, 'signiert.docx'));
  const profile = mkdtempSync(join(tmpdir(), 'protokollant-lo-'));
  try {
    await execFile(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'odt',
        '--outdir',
        dir,
        join(dir, 'entwurf.docx'),
        join(dir, 'signiert.docx'),
      ],
      { timeout: 110_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  for (const name of ['entwurf', 'signiert']) {
    const bytes = readFileSync(join(dir, `${name}.odt`));
    odt[name] = {
      content: docxPart(bytes, 'content.xml'),
      styles: docxPart(bytes, 'styles.xml'),
      settings: docxPart(bytes, 'settings.xml'),
    };
  }
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the DOCX in LibreOffice', () => {
  it('finds the Betreff as a heading of the outline', () => {
    const headings = [
      ...odt.entwurf!.content.matchAll(
        /<text:h [^>]*text:outline-level="(\d)"[^>]*>([\s\S]*?)<\/text:h>/g,
      ),
    ].map((m) => [m[1], m[2]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')] as const);
    expect(headings).toHaveLength(1);
    expect(headings[0]![0]).toBe('2');
    expect(headings[0]![1]).toMatch(/^Betreff:\s*Maßnahmenpaket zur Umsetzung/);
  });

  it('shows a draft’s watermark, and none on signed minutes', () => {
    const watermark =
      /<draw:custom-shape [^>]*draw:name="PowerPlusWaterMarkObject1"[\s\S]*?<\/draw:custom-shape>/;
    const shape = watermark.exec(odt.entwurf!.styles)?.[0] ?? '';
    expect(shape).toContain('ENTWURF');
    expect(shape).toMatch(/draw:transform="rotate/);
    expect(odt.signiert!.styles).not.toMatch(watermark);
    expect(odt.signiert!.styles + odt.signiert!.content).not.toContain('ENTWURF');
  });

  it('opens signed minutes read-only, the draft for editing', () => {
    const readOnly = /config:name="LoadReadonly" config:type="boolean">true</;
    expect(odt.signiert!.settings).toMatch(readOnly);
    expect(odt.entwurf!.settings).not.toMatch(readOnly);
  });
});
