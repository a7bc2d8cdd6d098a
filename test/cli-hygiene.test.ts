import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureCliBuilt, runCli } from './support/cli';
import { docxPart, textOf } from './support/docx';
import { KLEINWEILER_EXAMPLE } from './support/seed';

/** How a clerk's shell meets the CLI: files already there, options typed twice, `| head`. */
describe('CLI hygiene', () => {
  let dir: string;
  beforeAll(() => {
    ensureCliBuilt();
    dir = mkdtempSync(join(tmpdir(), 'protokollant-hygiene-'));
  });

  it('a repeated output option is an error naming it (exit 2), nothing written', () => {
    const twice = runCli(['export', KLEINWEILER_EXAMPLE, '--docx', 'a.docx', '--docx=b.docx'], {
      cwd: dir,
    });
    expect(twice.status).toBe(2);
    expect(twice.stderr.trim()).toBe('Die Angabe --docx ist mehrfach angegeben; bitte nur einmal.');
    const en = runCli(['sample', '--out', 'a.protokoll', '--out', 'b.protokoll', '--lang', 'en'], {
      cwd: dir,
    });
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('--out');
    expect(() => statSync(join(dir, 'a.docx'))).toThrow();
    expect(() => statSync(join(dir, 'a.protokoll'))).toThrow();
  });

  it('--out onto an existing file refuses; --force replaces it and keeps the old as .bak', () => {
    const target = join(dir, 'sitzung.protokoll');
    writeFileSync(target, readFileSync(KLEINWEILER_EXAMPLE));
    const before = readFileSync(target);
    for (const args of [
      ['sample', '--tops', '2', '--out', 'sitzung.protokoll'],
      ['new', '--template', 'gemeinderat-sitzung', '--out', 'sitzung.protokoll'],
    ]) {
      const refused = runCli(args, { cwd: dir });
      expect(refused.status, args.join(' ')).toBe(2);
      expect(refused.stderr).toContain('„sitzung.protokoll“ gibt es schon');
      expect(readFileSync(target).equals(before)).toBe(true);
    }
    const forced = runCli(['sample', '--tops', '2', '--out', 'sitzung.protokoll', '--force'], {
      cwd: dir,
    });
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(`${target}.bak`).equals(before)).toBe(true);
    expect(readFileSync(target).equals(before)).toBe(false);
  });

  it('an export replaces an earlier export, but never a Protokoll file without --force', () => {
    const html = join(dir, 'ausgabe.html');
    expect(runCli(['export', KLEINWEILER_EXAMPLE, '--html', html]).status).toBe(0);
    expect(runCli(['export', KLEINWEILER_EXAMPLE, '--html', html]).status).toBe(0);
    const minutes = join(dir, 'wichtig.protokoll');
    writeFileSync(minutes, readFileSync(KLEINWEILER_EXAMPLE));
    const refused = runCli(['export', KLEINWEILER_EXAMPLE, '--html', minutes]);
    expect(refused.status).toBe(2);
    expect(readFileSync(minutes).equals(readFileSync(KLEINWEILER_EXAMPLE))).toBe(true);
  });

  it('a German Excel CSV (Windows-1252) keeps € „ “ – ß Ä through to the DOCX', () => {
    // Written byte by byte as Excel's "CSV (Trennzeichen-getrennt)" on a German Windows does.
    const cp1252 = (text: string) =>
      Buffer.from(
        [...text].map((c) => {
          const special: Record<string, number> = { '€': 0x80, '„': 0x84, '“': 0x93, '–': 0x96 };
          return special[c] ?? c.charCodeAt(0);
        }),
      );
    const title = '„Straße“ – Änderung, 5.000 €';
    writeFileSync(join(dir, 'excel.csv'), cp1252(`TOP;Betreff;öffentlich\r\n1;${title};ja\r\n`));
    expect(cp1252(title).includes(0x80)).toBe(true);
    const imported = runCli(['import', 'excel.csv', '--out', 'excel.protokoll'], { cwd: dir });
    expect(imported.status, imported.stderr).toBe(0);
    const exported = runCli(['export', 'excel.protokoll', '--docx', 'excel.docx'], { cwd: dir });
    expect(exported.status, exported.stderr).toBe(0);
    const text = textOf(docxPart(readFileSync(join(dir, 'excel.docx')), 'word/document.xml'));
    expect(text).toContain(`TOP 1: ${title}`);
    expect(text).not.toMatch(/[\u0080-\u009f]/);
  });

  it('a closed pipe ends quietly: no EPIPE, no stack trace', async () => {
    const child = spawn(process.execPath, [CLI, 'verify', KLEINWEILER_EXAMPLE], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PROTOKOLLANT_LANG: '' },
    });
    // The reader goes away before the first line (as `head` does after its first).
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).not.toBe(70);
  });
});
