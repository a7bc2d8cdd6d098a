import { gremiumFromDocument } from '../core/body/gremium';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../contract/channels';
import { content, paragraph, section, text } from '../core/content/build';
import {
  hostMethods,
  MAX_REQUEST_BYTES,
  type HostMethod,
  type HostRequest,
  type HostResult,
} from '../contract/host-api';
import { MAX_FILE_BYTES, parseProtokoll, serializeProtokoll } from '../core/file/format';
import type { ProtocolDocument } from '../core/model/schema';
import { dispatch } from '../host/services/dispatch';
import type { Caller } from '../host/services/documents';
import { createHostHandlers, type HostHandlers } from '../host/services/handlers';
import { LARGE_BODY_BYTES } from '../host/web/request-body';
import { servicesFor } from './support/host-services';
import { STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

/**
 * The host API under fire: every method of contract/host-api.ts gets malformed, oversized and
 * out-of-order requests, in process (the dispatch both shells use) and over HTTP to the real
 * browser-mode server. Each must come back as an error result with a plain message; nothing
 * may crash the host, pollute prototypes or touch files; a valid request works afterwards.
 */

type Envelope = HostResult<HostMethod>;
type Send = (method: string, request: unknown) => Promise<Envelope>;
/** The same with the request as JSON text, as it crosses the boundary (IPC clone, HTTP body). */
type SendJson = (method: string, json: string) => Promise<Envelope>;

/** What a stack trace or a leaked exception looks like in a message. */
const LEAK = /\n\s+at |\bat .+:\d+:\d+|\.[cm]?[jt]s:\d+|TypeError|RangeError|SyntaxError|Error:/;

/**
 * Soft assertions: one run reports every request the host answered wrongly, not just the first.
 */
function expectCleanFailure(result: Envelope, label: string, code?: string | RegExp): void {
  expect.soft(result.ok, label).toBe(false);
  if (result.ok) return;
  expect.soft(typeof result.error.code, label).toBe('string');
  expect.soft(result.error.message.length, label).toBeGreaterThan(0);
  expect.soft(result.error.message, label).not.toMatch(LEAK);
  if (typeof code === 'string') expect.soft(result.error.code, label).toBe(code);
  else if (code) expect.soft(result.error.code, label).toMatch(code);
}

const requestSchema = (method: HostMethod): z.ZodObject =>
  hostMethods[method].request as unknown as z.ZodObject;

/** Fields that carry a document: the contract passes anything, the core's schema decides. */
const DOCUMENT_FIELDS = new Set(['document']);

/** A JSON text nested `depth` levels deep, built without recursion (JSON.stringify would overflow). */
function deepJson(depth: number): string {
  return `${'{"children":['.repeat(depth)}1${']}'.repeat(depth)}`;
}

/** Values of the wrong type (or size) for any field. */
function wrongValues(hugeLength: number): unknown[] {
  return [
    42,
    -1.5,
    true,
    null,
    [],
    {},
    ['a', 'b'],
    { nested: { value: 1 } },
    // No plain relative path here: a host resolves it against its working folder.
    '',
    'A'.repeat(hugeLength),
    JSON.parse(deepJson(2_000)),
  ];
}

interface Case {
  method: string;
  /** The request as JSON text: how both the renderer's IPC and HTTP deliver it. */
  json: string;
  label: string;
  /** The error code the host must answer with; null when a valid variant may succeed. */
  code: string | RegExp | null;
}

/**
 * The malformed variants of a valid request, derived from the method's schema: each field
 * missing, of the wrong type, too big; extra fields; prototype-pollution keys; other shapes.
 */
function casesFor(method: HostMethod, sample: Record<string, unknown>, hugeLength: number): Case[] {
  const shape = requestSchema(method).shape as Record<string, z.ZodType>;
  const cases: Case[] = [];
  const add = (label: string, json: string, code: string | RegExp | null) =>
    cases.push({ method, json, label: `${method}: ${label}`, code });

  for (const key of Object.keys(shape)) {
    const { [key]: _dropped, ...rest } = sample;
    const optional = shape[key]!.safeParse(undefined).success;
    // Refused by the contract or by the core's document schema: either is a plain refusal.
    if (DOCUMENT_FIELDS.has(key))
      add(`without ${key}`, JSON.stringify(rest), /^(host\.badRequest|file\.invalid)$/);
    else add(`without ${key}`, JSON.stringify(rest), optional ? null : 'host.badRequest');
    for (const value of wrongValues(hugeLength)) {
      const json = JSON.stringify({ ...sample, [key]: value });
      const what = `${key} = ${JSON.stringify(value)?.slice(0, 30)}`;
      if (DOCUMENT_FIELDS.has(key)) add(what, json, 'file.invalid');
      else add(what, json, shape[key]!.safeParse(value).success ? null : 'host.badRequest');
    }
  }
  add('an extra field', JSON.stringify({ ...sample, extra: 'x' }), 'host.badRequest');
  // JSON.parse makes "__proto__" an own key, as it arrives from the renderer.
  add(
    '__proto__ key',
    `{${[...Object.entries(sample).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`), '"__proto__":{"polluted":"yes"}'].join(',')}}`,
    'host.badRequest',
  );
  add(
    'constructor.prototype key',
    JSON.stringify({ ...sample, constructor: { prototype: { polluted: 'yes' } } }),
    'host.badRequest',
  );
  for (const other of ['42', '"text"', 'true', '[]', `[${JSON.stringify(sample)}]`]) {
    add(`request ${other.slice(0, 20)}`, other, 'host.badRequest');
  }
  add('deeply nested request', deepJson(50_000), 'host.badRequest');
  return cases;
}

const UNKNOWN_METHODS = [
  '',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'document.open.x',
  '../document.open',
  'Document.Open',
  'x'.repeat(10_000),
];

let dir: string;
let document: ProtocolDocument;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pk-ipc-fuzz-'));
  document = parseProtokoll(await readFile(STUTTGART_EXAMPLE, 'utf8'), 'x.protokoll');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const AGENDA_CSV = fileURLToPath(
  new URL('./fixtures/csv/tagesordnung-semikolon-bom.csv', import.meta.url),
);

/** Samples that pass the contract, one per method (the type demands one for every method). */
type Samples = { [M in HostMethod]: HostRequest<M> };

function samplesFor(handle: string, folder: string, file: string): Samples {
  return {
    'app.info': {},
    'templates.list': {},
    'document.new': { templateId: 'gemeinderat-sitzung' },
    'document.open': { path: file },
    'document.lockStatus': { path: file },
    'document.followUp': { path: file },
    'roster.read': { path: AGENDA_CSV },
    'roster.export': { document, path: join(folder, 'personen.csv'), encoding: 'utf-8' },
    'document.import': { path: AGENDA_CSV, templateId: null },
    'document.save': { handle, document, path: null, force: false },
    'document.close': { handle: 'noSuchHandle123' },
    'recovery.write': { handle, document },
    'recovery.list': {},
    'recovery.restore': { id: 'rec-0123456789abcdef' },
    'recovery.discard': { id: 'rec-0123456789abcdef' },
    'recent.list': {},
    'settings.get': {},
    'settings.set': { language: 'de' },
    'files.list': { folder, show: 'protokoll' },
    'files.addRoot': { folder },
    'files.removeRoot': { folder },
    'dialog.open': {},
    'dialog.save': { suggestedName: 'Niederschrift', kind: 'docx' },
    'export.write': {
      documentText: JSON.stringify(document),
      kind: 'html',
      path: join(folder, 'export.html'),
      itemId: null,
    },
    'export.progress': { jobId: 'job-0123456789' },
    'export.cancel': { jobId: 'job-0123456789' },
    'shell.openExternal': { url: 'https://www.stuttgart.de/' },
    'window.setTitle': { title: 'Protokollant', dirty: false },
    'window.open': { path: null, templateId: null, recoveryId: null },
    'window.close': {},
    'identity.describe': {},
    'identity.create': { passphrase: 'ein langes Passwort' },
    'identity.card': {},
    'identity.import': { path: join(folder, 'fehlt.pem'), passphrase: 'ein langes Passwort' },
    'identity.saveCard': { path: join(folder, 'karte.json') },
    'keyring.get': {},
    'keyring.use': { path: join(folder, 'fehlt-verzeichnis.json') },
    'keyring.create': { path: join(folder, 'verzeichnis.json'), body: 'Stadt' },
    'keyring.readCard': { path: join(folder, 'fehlt-karte.json') },
    'keyring.add': {
      cardPath: join(folder, 'fehlt-karte.json'),
      name: '',
      from: '2026-01-01',
      until: '',
      roles: [],
    },
    'keyring.end': { publicKey: 'AAAA', until: '2026-12-31' },
    'keyring.remove': { publicKey: 'AAAA' },
    'review.sign': { document, slot: 0, personId: '', passphrase: 'ein langes Passwort' },
    'review.signCorrection': {
      document,
      correctionId: 'berichtigung-1',
      slot: 0,
      passphrase: 'ein langes Passwort',
    },
    'snippets.get': {},
    'snippets.set': { name: 'Meine Textbausteine', snippets: [] },
    'snippets.export': { path: join(folder, 'bausteine.json') },
    'snippets.import': { path: join(folder, 'fehlt.json') },
    'vorlage.read': { path: join(folder, 'fehlt.docx') },
    'gremium.read': { path: join(folder, 'fehlt.gremium') },
    'gremium.write': { path: join(folder, 'rat.gremium'), gremium: gremiumFromDocument(document) },
    'document.fromGremium': { gremium: gremiumFromDocument(document), templateId: null },
    'archive.open': { folder },
    'archive.search': { folder, query: '288/2018' },
  };
}

/** Over HTTP a deep body is refused before the dispatch gets to say why. */
function orTooDeep(code: string | RegExp | null): RegExp | null {
  if (code === null) return null;
  const source =
    typeof code === 'string' ? code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : code.source;
  return new RegExp(`^(?:${source})$|^host\\.tooDeep$`);
}

/**
 * Runs every malformed case through `send`; the host must answer each as expected. Over HTTP the
 * server refuses a body nested too deep before the dispatch (host.tooDeep, tested on its own
 * below), so there either refusal is the right answer to a malformed request.
 */
async function fuzzAll(
  send: SendJson,
  samples: Samples,
  hugeLength: number,
  transport: 'dispatch' | 'http' = 'dispatch',
): Promise<number> {
  let count = 0;
  for (const method of Object.keys(hostMethods) as HostMethod[]) {
    const sample = samples[method] as Record<string, unknown>;
    for (const entry of casesFor(method, sample, hugeLength)) {
      const result = await send(entry.method, entry.json);
      const code = transport === 'http' ? orTooDeep(entry.code) : entry.code;
      if (code !== null) expectCleanFailure(result, entry.label, code);
      else if (!result.ok) expectCleanFailure(result, entry.label);
      count++;
    }
  }
  for (const method of UNKNOWN_METHODS) {
    expectCleanFailure(
      await send(method, '{}'),
      `method ${method.slice(0, 20)}`,
      'host.unknownMethod',
    );
    count++;
  }
  // Nothing reached a prototype.
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  return count;
}

/** Arbitrary requests for arbitrary methods: an answer every time, never an exception. */
async function fuzzArbitrary(send: Send, runs: number): Promise<void> {
  const methods = Object.keys(hostMethods);
  await fc.assert(
    fc.asyncProperty(
      fc.oneof(fc.constantFrom(...methods), fc.string()),
      fc.oneof(
        fc.jsonValue(),
        fc.dictionary(
          fc.constantFrom('handle', 'path', 'document', 'id', 'url', 'kind', 'folder', '__proto__'),
          fc.jsonValue(),
        ),
      ),
      async (method, request) => {
        const result = await send(method, request);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expectCleanFailure(result, method);
      },
    ),
    { numRuns: runs },
  );
}

describe('host API fuzz, in process (the dispatch of both shells)', () => {
  let handlers: HostHandlers;
  let file: string;
  let folder: string;
  const windowA: Caller = { owner: '1' };
  const windowB: Caller = { owner: '2' };
  const sendAs =
    (caller: Caller, lang: 'de' | 'en' = 'de'): Send =>
    (method, request) =>
      dispatch(handlers, method, request, caller, lang);

  beforeAll(async () => {
    folder = join(dir, 'in-process');
    const services = servicesFor(join(folder, 'user-data'));
    await services.settings.get();
    handlers = createHostHandlers(services, {
      mode: 'browser',
      version: 'test',
      platform: process.platform,
      documentsFolder: folder,
      autosaveDelayMs: 2000,
      startup: () => ({ files: [], recoveryId: null, templateId: null }),
    });
    file = join(folder, 'top12.protokoll');
    await mkdir(folder, { recursive: true });
    await copyFile(STUTTGART_EXAMPLE, file);
  });

  const openAs = async (caller: Caller) => {
    const opened = await sendAs(caller)('document.open', { path: file });
    if (!opened.ok) throw new Error(opened.error.message);
    return opened.value as { handle: string };
  };

  it('every method: malformed requests are refused with a plain message, nothing crashes', async () => {
    const { handle } = await openAs(windowA);
    const before = await readFile(file, 'utf8');
    const sendJson: SendJson = (method, json) =>
      dispatch(handlers, method, JSON.parse(json), windowA, 'de');
    const count = await fuzzAll(sendJson, samplesFor(handle, folder, file), 5_000_000);
    expect(count).toBeGreaterThan(500);
    await fuzzArbitrary(sendAs(windowA), 300);
    // English when the user asked for it.
    const en = await sendAs(windowA, 'en')('document.save', { handle: 42 });
    expectCleanFailure(en, 'en', 'host.badRequest');
    expect(en.ok === false && en.error.message).toBe(
      'Invalid request to “document.save” (at handle).',
    );
    // Saves that passed the contract wrote whole documents only.
    const after = parseProtokoll(await readFile(file, 'utf8'), 'top12.protokoll');
    expect(after.items.map((item) => item.title)).toEqual(
      parseProtokoll(before, 'x').items.map((item) => item.title),
    );
  });

  it('out of order: unknown, closed and foreign handles, missing recovery copies', async () => {
    const send = sendAs(windowA);
    const before = await readFile(file);
    const never = await send('document.save', {
      handle: 'neverIssued1234',
      document,
      path: null,
    });
    expectCleanFailure(never, 'save before open', 'shell.host.unknownDocument');

    const { handle } = await openAs(windowA);
    expect((await send('document.close', { handle })).ok).toBe(true);
    for (const [method, request] of [
      ['document.save', { handle, document, path: null }],
      ['document.close', { handle }],
      ['recovery.write', { handle, document }],
    ] as const) {
      expectCleanFailure(
        await send(method, request),
        `${method} after close`,
        'shell.host.unknownDocument',
      );
    }

    // Another window's handle is unknown to this window, and its file stays as it was.
    const theirs = await openAs(windowB);
    const other = sendAs(windowA);
    for (const [method, request] of [
      [
        'document.save',
        { handle: theirs.handle, document, path: join(folder, 'stolen.protokoll') },
      ],
      ['recovery.write', { handle: theirs.handle, document }],
      ['document.close', { handle: theirs.handle }],
    ] as const) {
      expectCleanFailure(
        await other(method, request),
        `${method} of another window`,
        'shell.host.unknownDocument',
      );
    }
    await expect(stat(join(folder, 'stolen.protokoll'))).rejects.toThrow();
    expect((await sendAs(windowB)('document.close', { handle: theirs.handle })).ok).toBe(true);

    for (const id of [
      'rec-0123456789abcdef',
      '../../etc/passwd',
      'rec-',
      '',
      'REC-0123456789ABCDEF',
    ]) {
      expectCleanFailure(
        await send('recovery.restore', { id }),
        `restore ${id}`,
        'shell.host.recoveryNotFound',
      );
    }
    expectCleanFailure(
      await send('recovery.discard', { id: '../settings' }),
      'discard outside the folder',
      'shell.host.recoveryNotFound',
    );
    // A copy in use by an open document cannot be restored twice or thrown away under it.
    const open = await openAs(windowA);
    expect((await send('recovery.write', { handle: open.handle, document })).ok).toBe(true);
    const listed = await send('recovery.list', {});
    expect(listed.ok && listed.value).toEqual([]);
    const services = servicesFor(join(folder, 'user-data'));
    const [inUse] = (await services.recovery.list()).map((entry) => entry.id);
    expect(inUse).toMatch(/^rec-/);
    expectCleanFailure(
      await send('recovery.restore', { id: inUse! }),
      'restore in use',
      'shell.host.recoveryInUse',
    );
    expectCleanFailure(
      await send('recovery.discard', { id: inUse! }),
      'discard in use',
      'shell.host.recoveryInUse',
    );
    expect((await send('document.close', { handle: open.handle })).ok).toBe(true);

    expectCleanFailure(
      await send('export.write', {
        documentText: JSON.stringify(document),
        kind: 'html',
        path: join(folder, 'a.html'),
        itemId: 'nope',
      }),
      'extract of a missing item',
      'shell.host.unknownItem',
    );
    // The document's text is parsed and checked on the worker, as a file would be.
    for (const [documentText, code] of [
      ['{"id": geheim', 'file.notJson'],
      ['{"items": "keine"}', 'file.invalid'],
      ['['.repeat(5_000) + ']'.repeat(5_000), 'file.tooDeep'],
      [JSON.stringify(document).replace('{', '{"title":"x","title":"y",'), 'file.duplicateKey'],
    ] as const) {
      expectCleanFailure(
        await send('export.write', {
          documentText,
          kind: 'html',
          path: join(folder, 'b.html'),
          itemId: null,
        }),
        `export of a broken text (${code})`,
        code,
      );
    }
    expectCleanFailure(
      await send('document.new', { templateId: 'nope' }),
      'template',
      'shell.host.unknownTemplate',
    );
    expectCleanFailure(
      await send('document.open', { path: folder }),
      'open a folder',
      'file.isDirectory',
    );
    expectCleanFailure(
      await send('document.open', { path: join(folder, 'fehlt.protokoll') }),
      'open missing',
      'file.notFound',
    );
    expectCleanFailure(
      await send('files.list', { folder: join(folder, 'fehlt') }),
      'list missing',
      'shell.host.folderNotFound',
    );
    expectCleanFailure(
      await send('shell.openExternal', { url: 'file:///etc/passwd' }),
      'link',
      'shell.host.linkRefused',
    );
    expect(await readFile(file)).toEqual(before);
  });

  it('a document too big for the file format is refused, and the file stays as it was', async () => {
    const own = join(folder, 'gross.protokoll');
    await copyFile(STUTTGART_EXAMPLE, own);
    const opened = await sendAs(windowA)('document.open', { path: own });
    if (!opened.ok) throw new Error(opened.error.message);
    const { handle } = opened.value as { handle: string };
    const before = await readFile(own);
    // Under the request limit, over what the app can open again: 600 items of 84 KB each.
    const big = structuredClone(document);
    const filler = 'Lorem ipsum dolor sit amet. '.repeat(3_000);
    big.items = Array.from({ length: 600 }, (_, i) => ({
      ...structuredClone(document.items[0]!),
      id: `top-${i}`,
      number: String(i + 1),
      content: content([section('sachverhalt', 'Sachverhalt:', true, [paragraph(text(filler))])]),
    }));
    const request = JSON.stringify({ handle, document: big, path: null });
    expect(request.length).toBeLessThan(MAX_REQUEST_BYTES);
    expect(serializeProtokoll(big).length).toBeGreaterThan(MAX_FILE_BYTES);
    const result = await sendAs(windowA)('document.save', JSON.parse(request));
    expectCleanFailure(result, 'oversized document', 'file.tooLarge');
    // Whatever the answer: the file on disk must still open.
    expect((await sendAs(windowB)('document.open', { path: own })).ok).toBe(true);
    expect(await readFile(own)).toEqual(before);
    await sendAs(windowA)('document.close', { handle });
  }, 120_000);

  it('afterwards a valid request still works', async () => {
    const send = sendAs(windowA);
    const { handle } = await openAs(windowA);
    const saved = await send('document.save', { handle, document, path: null });
    expect(saved.ok).toBe(true);
    expect((await send('app.info', {})).ok).toBe(true);
    expect((await send('document.close', { handle })).ok).toBe(true);
  });
});

interface HttpReply {
  status: number;
  body: string;
}

function post(
  port: number,
  path: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): Promise<HttpReply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        headers: { Host: `127.0.0.1:${port}`, 'Content-Type': 'application/json', ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('host API fuzz over HTTP (the real browser-mode server)', () => {
  let web: WebMode;
  let token: string;
  let file: string;
  let folder: string;

  const sendJson: SendJson = async (method, json) => {
    const reply = await post(web.port, `/api/${encodeURIComponent(method)}`, json, {
      [TOKEN_HEADER]: token,
    });
    expect.soft([200, 400], reply.body).toContain(reply.status);
    return JSON.parse(reply.body) as Envelope;
  };
  const send: Send = (method, request) => sendJson(method, JSON.stringify(request));
  const alive = () => web.process.exitCode === null && web.process.signalCode === null;

  beforeAll(async () => {
    folder = join(dir, 'http');
    file = join(folder, 'top12.protokoll');
    await mkdir(folder, { recursive: true });
    await copyFile(STUTTGART_EXAMPLE, file);
    web = await startWebMode({ userDataDir: join(folder, 'user-data'), files: [file] });
    token = new URL(web.url).hash.replace('#token=', '');
  });
  afterAll(async () => {
    await web?.stop();
  });

  it('every method: malformed requests are refused, the server keeps serving', async () => {
    const opened = await send('document.open', { path: file });
    expect(opened.ok).toBe(true);
    const { handle } = (opened as { value: { handle: string } }).value;
    const count = await fuzzAll(sendJson, samplesFor(handle, folder, file), 2_000_000, 'http');
    expect(count).toBeGreaterThan(500);
    await fuzzArbitrary(send, 150);
    expect(alive()).toBe(true);
    expect(web.output()).not.toMatch(/Unhandled|uncaught/i);
  });

  it('bodies that are not JSON, too deep or too large are refused before the dispatch', async () => {
    const api = (body: string | Buffer, headers: Record<string, string> = {}) =>
      post(web.port, '/api/document.open', body, { [TOKEN_HEADER]: token, ...headers });
    for (const body of [
      '',
      '{',
      '{"path":',
      'null null',
      '\u0000',
      Buffer.from([0xff, 0xfe, 0x00]),
    ]) {
      const reply = await api(body);
      expect(reply.status).toBe(400);
      expectCleanFailure(JSON.parse(reply.body) as Envelope, 'not JSON', 'host.notJson');
    }
    const deep = await api(deepJson(200_000));
    expect(deep.status).toBe(400);
    expectCleanFailure(JSON.parse(deep.body) as Envelope, 'deep body', 'host.tooDeep');
    // From 1 MB on a body is read on the server's worker thread (LARGE_BODY_BYTES): the same
    // refusals come from there, and a large valid body is answered by the dispatch.
    const large = '{"path":"' + 'x'.repeat(LARGE_BODY_BYTES) + '"';
    const largeBroken = await api(large);
    expect(largeBroken.status).toBe(400);
    expectCleanFailure(JSON.parse(largeBroken.body) as Envelope, 'large broken', 'host.notJson');
    const largeDeep = await api(deepJson(LARGE_BODY_BYTES / 10));
    expect(largeDeep.status).toBe(400);
    expectCleanFailure(JSON.parse(largeDeep.body) as Envelope, 'large deep', 'host.tooDeep');
    const largeValid = await api(`${large}}`);
    expect(largeValid.status).toBe(200);
    expectCleanFailure(JSON.parse(largeValid.body) as Envelope, 'large path', 'host.badRequest');

    // Declared too large: refused at once.
    const declared = await post(web.port, '/api/document.save', 'x', {
      [TOKEN_HEADER]: token,
      'Content-Length': String(MAX_REQUEST_BYTES + 1),
    });
    expect(declared.status).toBe(413);
    expectCleanFailure(
      JSON.parse(declared.body) as Envelope,
      'declared too large',
      'host.tooLarge',
    );
    // Sent too large, without a length: cut off once over the limit.
    const huge = Buffer.alloc(MAX_REQUEST_BYTES + 1024 * 1024, 0x20);
    const sent = await post(web.port, '/api/document.save', huge, {
      [TOKEN_HEADER]: token,
      'Transfer-Encoding': 'chunked',
    });
    expect(sent.status).toBe(413);
    expectCleanFailure(JSON.parse(sent.body) as Envelope, 'sent too large', 'host.tooLarge');
    expect(alive()).toBe(true);
  }, 120_000);

  it('afterwards a valid request still works, and nothing was written', async () => {
    const before = await readFile(file, 'utf8');
    const opened = await send('document.open', { path: file });
    expect(opened.ok).toBe(true);
    const info = await send('app.info', {});
    expect(info.ok).toBe(true);
    expect(alive()).toBe(true);
    expect(parseProtokoll(await readFile(file, 'utf8'), 'x')).toEqual(parseProtokoll(before, 'x'));
  });
});
