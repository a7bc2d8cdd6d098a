import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HostResponse, OpenDocument } from '../contract/host-api';
import { ensureCliBuilt, runCli } from './support/cli';
import { docxPart, textOf } from './support/docx';
import { STUTTGART_EXAMPLE } from './support/seed';
import { valueOf, webApi, type Envelope } from './support/web-api';
import { startWebMode, type WebMode } from './support/web-mode';

/**
 * Issue 12, point 6: the host never freezes. Imports, exports and PDF prints run on worker
 * threads, so the browser-mode server answers other requests while a 2,000-item export runs.
 * Proven by order, not by time: the answers arrive while the export is still running, as its
 * own progress shows (the latency is measured in bench/rows/13-host-responsive.ts).
 */

type Status = HostResponse<'export.progress'>;

describe('the host answers while it exports (browser-mode server)', () => {
  let dir: string;
  let web: WebMode;
  let call: ReturnType<typeof webApi>;
  let big: unknown;

  const progress = async (jobId: string): Promise<Status> =>
    valueOf<Status>(await call('export.progress', { jobId }));

  /** Waits (by polling the host, which must answer) until the export is writing its items. */
  const inItems = (jobId: string): Promise<Status> =>
    vi.waitFor(
      async () => {
        const status = await progress(jobId);
        if (status.state !== 'running' || status.item === '') throw new Error('not in the items');
        return status;
      },
      { timeout: 300_000, interval: 20 },
    );

  beforeAll(async () => {
    ensureCliBuilt();
    dir = await mkdtemp(join(tmpdir(), 'pk-responsive-'));
    const file = join(dir, 'gross.protokoll');
    const made = runCli(['sample', '--tops', '2000', '--speakers', '1', '--out', file]);
    expect(made.status, made.stderr).toBe(0);
    await copyFile(STUTTGART_EXAMPLE, join(dir, 'top12.protokoll'));
    web = await startWebMode({ userDataDir: join(dir, 'user-data') });
    call = webApi(web);
    big = valueOf<OpenDocument>(await call('document.open', { path: file })).document;
  });
  afterAll(async () => {
    await web?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers app.info and saves another document before a 2,000-item DOCX export ends', async () => {
    const events: string[] = [];
    const path = join(dir, 'gross.docx');
    const exported = call('export.write', {
      documentText: JSON.stringify(big),
      kind: 'docx',
      path,
      itemId: null,
      jobId: 'responsive-1',
    }).then((result) => {
      events.push('export');
      return result;
    });
    const status = await inItems('responsive-1');
    expect(status.item).toMatch(/^TOP \d+: /);
    expect(status.total).toBe(2000);

    const info = valueOf<HostResponse<'app.info'>>(await call('app.info', {}));
    expect(info.mode).toBe('browser');
    events.push('app.info');
    const small = valueOf<OpenDocument>(
      await call('document.open', { path: join(dir, 'top12.protokoll') }),
    );
    valueOf(
      await call('document.save', {
        handle: small.handle,
        document: small.document,
        path: null,
        force: true,
      }),
    );
    events.push('save');
    // The export was still running after both answers: its own progress says so.
    expect((await progress('responsive-1')).state).toBe('running');

    const result = valueOf<HostResponse<'export.write'>>(await exported);
    expect(events).toEqual(['app.info', 'save', 'export']);
    expect(result.path).toBe(path);
    expect((await progress('responsive-1')).state).toBe('done');
    // The whole document is in the file, up to its last item.
    const text = textOf(docxPart(await readFile(path), 'word/document.xml'));
    expect(text).toContain('TOP 1:');
    expect(text).toContain('TOP 2000:');
  });

  it('cancels an export it is writing: the request fails as cancelled and no file is left', async () => {
    const path = join(dir, 'abgebrochen.docx');
    const exporting = call('export.write', {
      documentText: JSON.stringify(big),
      kind: 'docx',
      path,
      itemId: null,
      jobId: 'cancel-me-1',
    });
    const seen = await inItems('cancel-me-1');
    expect(seen.item).toMatch(/^TOP \d+: /);
    expect(valueOf(await call('export.cancel', { jobId: 'cancel-me-1' }))).toEqual({
      cancelled: true,
    });
    const result: Envelope = await exporting;
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('work.cancelled');
      expect(result.error.message).toBe(
        'Der Export wurde abgebrochen; es wurde keine Datei geschrieben.',
      );
    }
    expect((await progress('cancel-me-1')).state).toBe('cancelled');
    // Neither the file nor a temporary file of it.
    expect((await readdir(dir)).filter((name) => name.includes('abgebrochen'))).toEqual([]);
    // A cancel of an export that has ended changes nothing.
    expect(valueOf(await call('export.cancel', { jobId: 'responsive-1' }))).toEqual({
      cancelled: false,
    });
  });

  it('reads an agenda import on a worker thread as before', async () => {
    // The host reaches only granted folders: the test's own folder is one, the repository not.
    const csv = join(dir, 'tagesordnung.csv');
    await copyFile(join(import.meta.dirname, 'fixtures/csv/tagesordnung-semikolon-bom.csv'), csv);
    const opened = valueOf<OpenDocument>(
      await call('document.import', {
        path: csv,
        templateId: null,
      }),
    );
    expect(opened.imported).toBe(true);
    expect((opened.document as { items: unknown[] }).items.length).toBeGreaterThan(0);
    const missing = await call('document.import', {
      path: join(dir, 'fehlt.csv'),
      templateId: null,
    });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.code).toBe('file.notFound');
  });
});

describe('a PDF print that takes longer than its limit', () => {
  let dir: string;

  beforeAll(async () => {
    ensureCliBuilt();
    dir = await mkdtemp(join(tmpdir(), 'pk-pdf-timeout-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  // A factor so small that the limit is a millisecond: no print is done by then.
  const tiny = { PROTOKOLLANT_PDF_TIMEOUT_FACTOR: '0.00000001' };

  it('ends in the app with a clear message, writes nothing, and the host answers on', async () => {
    const web = await startWebMode({ userDataDir: join(dir, 'user-data'), env: tiny });
    try {
      const call = webApi(web);
      const example = join(dir, 'top12.protokoll');
      await copyFile(STUTTGART_EXAMPLE, example);
      const opened = valueOf<OpenDocument>(await call('document.open', { path: example }));
      const path = join(dir, 'app.pdf');
      const result = await call('export.write', {
        documentText: JSON.stringify(opened.document),
        kind: 'pdf',
        path,
        itemId: null,
        jobId: 'pdf-timeout-1',
      });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('work.pdfTimeout');
        expect(result.error.message).toMatch(
          /^Der PDF-Druck wurde nach 1 s abgebrochen; für eine Niederschrift dieses Umfangs \(\d+ KB Drucktext\)/,
        );
      }
      expect(await readdir(dir)).not.toContain('app.pdf');
      valueOf(await call('settings.set', { language: 'en' }));
      const english = await call('export.write', {
        documentText: JSON.stringify(opened.document),
        kind: 'pdf',
        path,
        itemId: null,
        jobId: null,
      });
      expect(english.ok).toBe(false);
      if (!english.ok) expect(english.error.message).toMatch(/^The PDF print was stopped after/);
      expect(valueOf<HostResponse<'app.info'>>(await call('app.info', {})).mode).toBe('browser');
    } finally {
      await web.stop();
    }
  });

  it('ends the CLI export with the message and exit code 1, and no file', () => {
    const out = join(dir, 'cli.pdf');
    const run = runCli(['export', STUTTGART_EXAMPLE, '--pdf', out], { env: tiny });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Der PDF-Druck wurde nach 1 s abgebrochen');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
