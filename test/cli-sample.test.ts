import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli } from './support/cli';
import { pageCount, pdfText } from './support/pdf';

describe('protokollant sample --item-pages', () => {
  let dir: string;
  beforeAll(() => {
    ensureCliBuilt();
    dir = mkdtempSync(join(tmpdir(), 'protokollant-sample-'));
  });

  it('makes TOP 1 about that many printed pages, with no findings', () => {
    const file = join(dir, 'long.protokoll');
    const made = runCli(['sample', '--tops', '3', '--item-pages', '12', '--out', file]);
    expect(made.status, made.stderr).toBe(0);
    const checked = runCli(['check', file]);
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);

    const pdf = join(dir, 'top1.pdf');
    const exported = runCli(['export', file, '--top', '1', '--pdf', pdf]);
    expect(exported.status, exported.stderr).toBe(0);
    // The extract is the meeting's header and attendance, then TOP 1 to the signatures.
    const pages = pageCount(pdf);
    let first = 1;
    while (first <= pages && !/^TOP 1:/m.test(pdfText(pdf, first))) first++;
    const itemPages = pages - first + 1;
    expect(itemPages).toBeGreaterThanOrEqual(11);
    expect(itemPages).toBeLessThanOrEqual(14);
    const text = pdfText(pdf);
    expect(text).toContain('Abwägungsvorschlag der Verwaltung');
    expect(text).toMatch(/stimmt dem Änderungsantrag der Fraktion \S+ mehrheitlich nicht zu/);
  });

  it('refuses a page count out of range, naming the option, and writes nothing', () => {
    const file = join(dir, 'bad.protokoll');
    const result = runCli(['sample', '--tops', '3', '--item-pages', '0', '--out', file]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--item-pages');
    expect(() => readFileSync(file)).toThrow();
  });
});
