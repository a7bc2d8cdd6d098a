import { createHash } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../contract/channels';
import type { HostMethod, HostResult } from '../contract/host-api';
import { messagePattern, writeBadCorpus, writeBadImports } from './support/bad-corpus';
import { STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

/**
 * Opening bad files in the app: every entry of the corpus through document.open of the real
 * browser-mode server (HTTP, as the page calls it). Each is answered with its own message in the
 * user's language, without a stack trace; the file on disk stays as it was; the server keeps
 * serving and the good document still opens.
 */

type Envelope = HostResult<HostMethod>;

const LEAK = /\n\s+at |\bat .+:\d+:\d+|\.[cm]?[jt]s:\d+|TypeError|RangeError|SyntaxError|Error:/;

interface Fingerprint {
  hash: string;
  size: number;
  mtimeMs: number;
}

async function fingerprint(path: string): Promise<Fingerprint> {
  const [bytes, info] = await Promise.all([readFile(path), stat(path)]);
  return {
    hash: createHash('sha256').update(bytes).digest('hex'),
    size: info.size,
    mtimeMs: info.mtimeMs,
  };
}

describe('bad files opened in the app (browser-mode server)', () => {
  let dir: string;
  let files: string;
  let web: WebMode;
  let token: string;
  let corpus: ReturnType<typeof writeBadCorpus>;
  let imports: ReturnType<typeof writeBadImports>;
  const before = new Map<string, Fingerprint>();
  const good = () => join(files, 'top12.protokoll');

  const call = (method: HostMethod, request: unknown): Promise<Envelope> =>
    new Promise((resolve, reject) => {
      const body = JSON.stringify(request);
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: web.port,
          method: 'POST',
          path: `/api/${method}`,
          headers: {
            Host: `127.0.0.1:${web.port}`,
            'Content-Type': 'application/json',
            [TOKEN_HEADER]: token,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            try {
              expect(res.statusCode).toBe(200);
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope);
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  const alive = () => web.process.exitCode === null && web.process.signalCode === null;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pk-bad-web-'));
    files = join(dir, 'Niederschriften');
    await mkdir(files);
    corpus = writeBadCorpus(files);
    const agendas = join(dir, 'Tagesordnungen');
    await mkdir(agendas);
    imports = writeBadImports(agendas);
    await copyFile(STUTTGART_EXAMPLE, good());
    for (const entry of [...corpus, ...imports]) {
      before.set(entry.path, await fingerprint(entry.path));
    }
    web = await startWebMode({ userDataDir: join(dir, 'user-data') });
    token = new URL(web.url).hash.replace('#token=', '');
  });
  afterAll(async () => {
    await web?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  async function openEach(
    lang: 'de' | 'en',
    entries: typeof corpus,
    method: 'document.open' | 'document.import' = 'document.open',
  ): Promise<void> {
    for (const entry of entries) {
      const result = await call(
        method,
        method === 'document.open' ? { path: entry.path } : { path: entry.path, templateId: null },
      );
      expect.soft(result.ok, entry.name).toBe(false);
      if (result.ok) continue;
      expect.soft(result.error.code, entry.name).toBe(entry.expect);
      expect.soft(result.error.message, entry.name).toMatch(messagePattern(lang, entry.expect));
      expect.soft(result.error.message, entry.name).not.toMatch(LEAK);
      // An opened file is named, so the clerk knows which one; an import names the row or the
      // object at fault instead (the clerk has just picked the file).
      if (method === 'document.open') {
        expect.soft(result.error.message, entry.name).toContain(entry.name);
      }
      expect.soft(alive(), entry.name).toBe(true);
    }
  }

  it('each bad file: its own German message, no stack trace, the file unchanged', async () => {
    await openEach('de', corpus);
    for (const entry of corpus) {
      expect.soft(await fingerprint(entry.path), entry.name).toEqual(before.get(entry.path));
    }
    // Nothing appeared beside them (no backups, temporary files or copies).
    expect((await readdir(files)).sort()).toEqual(
      [...corpus.map((entry) => entry.name), 'top12.protokoll'].sort(),
    );
    // A file that did not open is not offered as a recent document.
    const recent = await call('recent.list', {});
    expect(recent.ok && recent.value).toEqual([]);
  }, 120_000);

  it('Datei › Importieren: each bad agenda file gets its own German message, the file unchanged', async () => {
    await openEach('de', imports, 'document.import');
    for (const entry of imports) {
      expect.soft(await fingerprint(entry.path), entry.name).toEqual(before.get(entry.path));
    }
    expect((await readdir(join(dir, 'Tagesordnungen'))).sort()).toEqual(
      imports.map((entry) => entry.name).sort(),
    );
  }, 120_000);

  it('in English when the settings say so', async () => {
    expect((await call('settings.set', { language: 'en' })).ok).toBe(true);
    try {
      await openEach('en', corpus);
      await openEach('en', imports, 'document.import');
    } finally {
      expect((await call('settings.set', { language: 'de' })).ok).toBe(true);
    }
  }, 120_000);

  it('the server keeps serving: the good document opens, edits and saves', async () => {
    expect(alive()).toBe(true);
    const opened = await call('document.open', { path: good() });
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    const { handle, document } = opened.value as { handle: string; document: unknown };
    const saved = await call('document.save', { handle, document, path: null });
    expect(saved.ok).toBe(true);
    expect((await call('document.close', { handle })).ok).toBe(true);
    expect(web.output()).not.toMatch(/Unhandled|uncaught|RangeError|TypeError/);
  });
});
