import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProtokoll } from '../../core/file/format';
import type { ProtocolDocument } from '../../core/model/schema';
import { CONTENT_SECURITY_POLICY } from '../security/policy';
import { pathStyleFor } from '../fs/path-style';
import { createHostHandlers } from '../services/handlers';
import { servicesFor, tempFolder } from '../../test/support/host-services';
import { startWebServer, TOKEN_HEADER, type RunningWebServer } from './server';

const EXAMPLE = fileURLToPath(
  new URL('../../examples/stuttgart-va-2018-06-27-top12.protokoll', import.meta.url),
);
const TOKEN = 'test-token-0123456789abcdef';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function raw(
  port: number,
  options: {
    method?: string;
    path: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('browser-mode server', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let running: RunningWebServer;
  let file: string;

  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    raw(running.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: TOKEN, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    ({ dir, cleanup } = await tempFolder());
    const rendererDir = join(dir, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Protokollant</title>');
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(dir, 'secret.txt'), 'geheim');
    file = join(dir, 'top12.protokoll');
    await copyFile(EXAMPLE, file);
    const services = servicesFor(join(dir, 'user-data'));
    const handlers = createHostHandlers(services, {
      mode: 'browser',
      version: '0.0.0-test',
      platform: process.platform,
      documentsFolder: dir,
      autosaveDelayMs: 2000,
      startup: () => ({ files: [file], recoveryId: null, templateId: null }),
    });
    running = await startWebServer({
      handlers,
      token: TOKEN,
      rendererDir,
      lang: () => services.settings.cached().language,
      maxRequestBytes: 64 * 1024,
    });
  });
  afterAll(async () => {
    await running.close();
    await cleanup();
  });

  it('listens on loopback and prints the token only in the fragment', () => {
    expect(running.url).toBe(`http://127.0.0.1:${running.port}/#token=${TOKEN}`);
    expect(running.server.address()).toMatchObject({ address: '127.0.0.1' });
  });

  it('serves the renderer with the CSP, and nothing outside it', async () => {
    const index = await raw(running.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toMatch(/text\/html/);
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    const script = await raw(running.port, { path: '/assets/app.js' });
    expect(script.headers['content-type']).toMatch(/javascript/);
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
    ]) {
      const reply = await raw(running.port, { path });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('geheim');
    }
  });

  it('answers the API only with the token', async () => {
    const info = await api('app.info', {});
    expect(JSON.parse(info.body)).toMatchObject({
      ok: true,
      value: { mode: 'browser', startupFiles: [file] },
    });
    // The host says how its paths are written: the renderer joins and splits by that.
    expect(JSON.parse(info.body).value.paths).toEqual(pathStyleFor(process.platform));
    for (const headers of [
      { [TOKEN_HEADER]: '' },
      { [TOKEN_HEADER]: 'wrong' },
      { [TOKEN_HEADER]: `${TOKEN}x` },
    ]) {
      const reply = await api('app.info', {}, headers);
      expect(reply.status).toBe(403);
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: false,
        error: { code: 'host.forbidden' },
      });
    }
    const without = await raw(running.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(without.status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const rebinding = await api('app.info', {}, { Host: `evil.example:${running.port}` });
    expect(rebinding.status).toBe(403);
    const page = await raw(running.port, { path: '/', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(403);
    const origin = await api('app.info', {}, { Origin: 'http://evil.example' });
    expect(origin.status).toBe(403);
    const ownOrigin = await api('app.info', {}, { Origin: `http://127.0.0.1:${running.port}` });
    expect(ownOrigin.status).toBe(200);
  });

  it('answers malformed and schema-violating requests with an error and keeps running', async () => {
    const broken = await api('app.info', '{"not json');
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'host.notJson' } });
    const wrongType = await api('document.open', { path: 42 });
    const wrongBody = JSON.parse(wrongType.body);
    expect(wrongBody).toMatchObject({ ok: false, error: { code: 'host.badRequest' } });
    expect(wrongBody.error.message).toContain('document.open');
    expect(wrongBody.error.message).not.toMatch(/at .*\.ts:\d+/);
    const unknown = await api('process.exit', {});
    expect(JSON.parse(unknown.body)).toMatchObject({
      ok: false,
      error: { code: 'host.unknownMethod' },
    });
    const proto = await api('__proto__', {});
    expect(JSON.parse(proto.body)).toMatchObject({
      ok: false,
      error: { code: 'host.unknownMethod' },
    });
    const notFound = await api('document.open', { path: join(dir, 'nope.protokoll') });
    expect(JSON.parse(notFound.body)).toMatchObject({
      ok: false,
      error: { code: 'file.notFound' },
    });
    const foreign = await api('document.open', { path: join(dir, 'secret.txt') });
    expect(JSON.parse(foreign.body).error.code).toBe('file.notJson');
    const still = await api('templates.list', {});
    expect(JSON.parse(still.body).value.length).toBeGreaterThan(0);
  });

  it('refuses a body over the limit', async () => {
    const big = JSON.stringify({ path: 'x'.repeat(70 * 1024) });
    const reply = await api('document.open', big);
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'host.tooLarge' } });
    const still = await api('app.info', {});
    expect(still.status).toBe(200);
  });

  it('opens and saves a document over the API, in the user language', async () => {
    const opened = JSON.parse((await api('document.open', { path: file })).body).value;
    const document = opened.document as ProtocolDocument;
    document.items[0]!.title = 'Über die Schnittstelle';
    const saved = JSON.parse(
      (await api('document.save', { handle: opened.handle, document, path: null })).body,
    );
    expect(saved).toMatchObject({ ok: true, value: { path: file } });
    expect(parseProtokoll(await readFile(file, 'utf8'), 'x').items[0]!.title).toBe(
      'Über die Schnittstelle',
    );
    await api('settings.set', { language: 'en' });
    const refused = JSON.parse(
      (await api('document.save', { handle: opened.handle, document: { id: 1 }, path: null })).body,
    );
    expect(refused.error.code).toBe('file.invalid');
    expect(refused.error.message).toMatch(/^The file/);
    await api('settings.set', { language: 'de' });
  });
});
