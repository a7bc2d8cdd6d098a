import { decodeBytes } from '../host/import/decode-bytes';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, parseProtokollBytes } from '../core/file/format';
import { importAgenda } from '../core/import/import';
import { findTemplate } from '../core/templates/registry';
import { UserError } from '../core/errors';
import {
  BAD_FILES,
  BAD_IMPORTS,
  messagePattern,
  writeBadCorpus,
  writeBadImports,
} from './support/bad-corpus';
import { ensureCliBuilt, runCli } from './support/cli';

/** Soft: one run names every entry that fails, not only the first. */
function assertCleanFailure(stderr: string, lang: 'de' | 'en', key: string): void {
  const lines = stderr.trim().split('\n');
  expect.soft(lines, stderr).toHaveLength(1);
  expect.soft(stderr).not.toMatch(/\bat .+:\d+:\d+|Error:|TypeError|RangeError|SyntaxError/);
  expect.soft(lines[0]).toMatch(messagePattern(lang, key));
}

describe('bad input corpus', () => {
  it('each entry is refused by the file reader with its own message', () => {
    for (const entry of BAD_FILES) {
      let code = '';
      try {
        parseProtokollBytes(entry.bytes(), entry.name);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        code = error.code;
      }
      expect.soft(code, entry.name).toBe(entry.expect);
    }
  });
});

describe('bad agenda files', () => {
  it('each entry is refused by the import with its own message', () => {
    const template = findTemplate('gemeinderat-sitzung')!;
    for (const entry of BAD_IMPORTS) {
      const bytes = entry.bytes();
      // The size limit is the file reader's (host/fs/read-document.ts): the CLI test covers it.
      if (bytes.length > MAX_FILE_BYTES) continue;
      let code = '';
      try {
        importAgenda(bytes, entry.name, template, decodeBytes);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        code = error.code;
      }
      expect.soft(code, entry.name).toBe(entry.expect);
    }
  });
});

describe('bad input through the CLI', () => {
  let dir: string;
  let corpus: ReturnType<typeof writeBadCorpus>;
  let imports: ReturnType<typeof writeBadImports>;
  beforeAll(() => {
    ensureCliBuilt();
    dir = mkdtempSync(join(tmpdir(), 'protokollant-bad-'));
    corpus = writeBadCorpus(dir);
    const importDir = join(dir, 'imports');
    mkdirSync(importDir);
    imports = writeBadImports(importDir);
  });

  it('export: a clear German line, exit 1, the existing output untouched', () => {
    for (const entry of corpus) {
      const out = join(dir, `${entry.name}.docx`);
      writeFileSync(out, 'vorher');
      const result = runCli(['export', entry.path, '--docx', out, '--html', `${out}.html`]);
      expect.soft(result.status, entry.name).toBe(1);
      assertCleanFailure(result.stderr, 'de', entry.expect);
      expect(readFileSync(out, 'utf8')).toBe('vorher');
    }
    // nothing else appeared in the folder: no temporary files, no partial outputs
    const leftovers = readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.html'));
    expect(leftovers).toEqual([]);
  });

  it('export: English on request', () => {
    for (const entry of corpus.slice(0, 8)) {
      const result = runCli(['export', entry.path, '--docx', join(dir, 'x.docx'), '--lang', 'en']);
      expect(result.status).toBe(1);
      assertCleanFailure(result.stderr, 'en', entry.expect);
    }
  });

  it('verify: a clear message and exit 1', () => {
    for (const entry of corpus) {
      const result = runCli(['verify', entry.path]);
      expect.soft(result.status, entry.name).toBe(1);
      assertCleanFailure(result.stderr, 'de', entry.expect);
    }
  });

  it('check: a clear message and exit 1', () => {
    for (const entry of corpus) {
      const result = runCli(['check', entry.path]);
      expect.soft(result.status, entry.name).toBe(1);
      expect(result.stdout, entry.name).toBe('');
      assertCleanFailure(result.stderr, 'de', entry.expect);
    }
  });

  it('import: a clear German line for every bad agenda file, exit 1, nothing written', () => {
    const out = join(dir, 'importiert.protokoll');
    for (const entry of imports) {
      const result = runCli(['import', entry.path, '--out', out]);
      expect.soft(result.status, entry.name).toBe(1);
      expect(result.stdout, entry.name).toBe('');
      assertCleanFailure(result.stderr, 'de', entry.expect);
      expect(existsSync(out), entry.name).toBe(false);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('import: English on request', () => {
    for (const entry of imports.filter((_, i) => i % 4 === 0)) {
      const result = runCli([
        'import',
        entry.path,
        '--out',
        join(dir, 'x.protokoll'),
        '--lang',
        'en',
      ]);
      expect.soft(result.status, entry.name).toBe(1);
      assertCleanFailure(result.stderr, 'en', entry.expect);
    }
  });

  it('a missing file, a folder and an unwritable output are named plainly', () => {
    const missing = runCli(['export', join(dir, 'fehlt.protokoll'), '--docx', join(dir, 'a.docx')]);
    expect(missing.status).toBe(1);
    assertCleanFailure(missing.stderr, 'de', 'file.notFound');
    const folder = runCli(['export', dir, '--docx', join(dir, 'a.docx')]);
    expect(folder.status).toBe(1);
    assertCleanFailure(folder.stderr, 'de', 'file.isDirectory');
    const noFolder = runCli(['export', corpus[0]!.path, '--docx', join(dir, 'nope', 'a.docx')]);
    expect(noFolder.status).toBe(2);
    assertCleanFailure(noFolder.stderr, 'de', 'cli.outputFolderMissing');
  });
});
