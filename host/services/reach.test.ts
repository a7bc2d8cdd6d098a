import { copyFile, mkdir, readdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostMethod, HostResponse, HostResult } from '../../contract/host-api';
import { UserError } from '../../core/errors';
import { parseProtokoll } from '../../core/file/format';
import { servicesFor, tempFolder } from '../../test/support/host-services';
import { dispatch } from './dispatch';
import { createHostHandlers } from './handlers';

const STUTTGART = fileURLToPath(
  new URL('../../examples/stuttgart-va-2018-06-27-top12.protokoll', import.meta.url),
);

/**
 * What a page that was taken over (an XSS, a leaked token) gets out of the host: no bytes of a
 * file it names through an error, and no file overwritten through the snippet export.
 */
describe("the host's reach", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
  });
  afterEach(() => cleanup());

  async function refusal(promise: Promise<unknown>): Promise<UserError> {
    try {
      await promise;
    } catch (error) {
      if (error instanceof UserError) return error;
      throw error;
    }
    throw new Error('expected a refusal');
  }

  it('opening a file that is no document tells where it failed, never what it holds', async () => {
    const { documents } = servicesFor(join(dir, 'user-data'));
    const secrets = [
      ['shadow', 'root:$6$SECRETHASH:19000:0:99999:7:::\n'],
      ['config.json', '{"format":"SECRETTOKEN123","password":"SECRETPW"}'],
      ['cut.json', '{"format":"protokollant/niederschrift","key":"SECRETPW'],
    ] as const;
    for (const [name, text] of secrets) {
      await writeFile(join(dir, name), text);
      const error = await refusal(documents.open({ owner: 'w' }, join(dir, name)));
      for (const lang of ['de', 'en'] as const) {
        expect(error.localized(lang)).not.toMatch(/SECRET|root:|\$6\$/);
      }
    }
  });

  it('the snippet export writes a .json snippet file and never over another file', async () => {
    const { snippets } = servicesFor(join(dir, 'user-data'));
    const written = await snippets.exportTo(join(dir, 'bausteine'));
    expect(written.path).toBe(join(dir, 'bausteine.json'));
    expect(JSON.parse(await readFile(written.path, 'utf8')).format).toBe(
      'protokollant/textbausteine',
    );
    // Again onto its own file: fine.
    await snippets.exportTo(written.path);
    // Onto something else: refused, the file as it was.
    await mkdir(join(dir, 'home'));
    const other = join(dir, 'home', 'settings.json');
    await writeFile(other, '{"theme":"dark"}');
    const error = await refusal(snippets.exportTo(other));
    expect(error.code).toBe('safety.notSnippetFile');
    expect(await readFile(other, 'utf8')).toBe('{"theme":"dark"}');
    // A path without the extension does not reach the file of that name.
    await writeFile(join(dir, 'home', '.bashrc'), 'export A=1\n');
    await snippets.exportTo(join(dir, 'home', '.bashrc'));
    expect(await readFile(join(dir, 'home', '.bashrc'), 'utf8')).toBe('export A=1\n');
  });
});

/**
 * The path policy applied to every method that takes a path (issue 12, point 4), through the
 * dispatch both shells use: browser mode with home and the picker's roots, Electron with its
 * dialogs' grants only.
 */
describe('every path the renderer names passes the policy', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let home: string;
  let outside: string;
  let document: unknown;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder('pk-reach-'));
    dir = await realpath(dir);
    home = join(dir, 'home');
    outside = join(dir, 'outside');
    await mkdir(join(home, 'Dokumente'), { recursive: true });
    await mkdir(outside);
    await copyFile(STUTTGART, join(home, 'Dokumente', 'top12.protokoll'));
    await copyFile(STUTTGART, join(outside, 'top12.protokoll'));
    await writeFile(join(outside, 'secret.json'), '{"format":"SECRETTOKEN","pw":"SECRETPW"}');
    document = parseProtokoll(await readFile(STUTTGART, 'utf8'), 'top12.protokoll');
  });
  afterEach(() => cleanup());

  type Send = (method: string, request: unknown) => Promise<HostResult<HostMethod>>;

  function browserHost(): { send: Send; services: ReturnType<typeof servicesFor> } {
    const services = servicesFor(join(home, 'Protokollant'), { roots: [], home });
    const handlers = createHostHandlers(services, {
      mode: 'browser',
      version: 'test',
      platform: process.platform,
      documentsFolder: join(home, 'Dokumente'),
      autosaveDelayMs: 2000,
      startup: () => ({ files: [], recoveryId: null, templateId: null }),
    });
    return {
      send: (method, request) => dispatch(handlers, method, request, { owner: 'w' }, 'de'),
      services,
    };
  }

  function refused(result: HostResult<HostMethod>, label: string, code = 'reach.outside'): void {
    expect.soft(result.ok, label).toBe(false);
    if (result.ok) return;
    expect.soft(result.error.code, label).toBe(code);
    expect.soft(result.error.message, label).not.toMatch(/SECRET|root:|\$6\$/);
  }

  it('browser mode: outside home and the granted folders, every method refuses', async () => {
    const { send } = browserHost();
    const far = (name: string) => join(outside, name);
    const cases: [string, unknown][] = [
      ['files.list', { folder: outside }],
      ['files.list', { folder: '/etc' }],
      ['files.list', { folder: '/proc/self' }],
      ['document.open', { path: far('top12.protokoll') }],
      ['document.open', { path: '/etc/shadow' }],
      [
        'document.open',
        { path: join(home, 'Dokumente', '..', '..', 'outside', 'top12.protokoll') },
      ],
      ['document.followUp', { path: far('top12.protokoll') }],
      ['document.import', { path: far('secret.json'), templateId: null }],
      ['roster.read', { path: far('secret.json') }],
      ['roster.export', { document, path: far('personen.csv'), encoding: 'utf-8' }],
      ['snippets.import', { path: far('secret.json') }],
      ['snippets.export', { path: far('bausteine.json') }],
      ['snippets.export', { path: '/etc/cron.d/evil' }],
      ['vorlage.read', { path: far('vorlage.docx') }],
      [
        'export.write',
        {
          documentText: JSON.stringify(document),
          kind: 'html',
          path: far('export.html'),
          itemId: null,
        },
      ],
      ['keyring.use', { path: far('secret.json') }],
      ['gremium.read', { path: '/etc/passwd' }],
      ['gremium.write', { path: far('rat.gremium'), gremium: {} }],
      ['archive.open', { folder: outside }],
      ['archive.open', { folder: '/etc' }],
      ['archive.search', { folder: outside, query: 'SECRET' }],
    ];
    for (const [method, request] of cases) {
      refused(await send(method, request), `${method} ${JSON.stringify(request).slice(0, 90)}`);
    }
    // Nothing was written outside.
    expect((await readdir(outside)).sort()).toEqual(['secret.json', 'top12.protokoll']);
    // The settings did not take the keyring.
    const settings = await send('settings.get', {});
    expect(settings.ok && (settings.value as { keyringPath?: string }).keyringPath).toBeFalsy();
    // A relative path is no path the host resolves against its own folder.
    refused(
      await send('document.open', { path: 'Dokumente/top12.protokoll' }),
      'relative',
      'reach.notAbsolute',
    );
  });

  it('browser mode: inside home everything works, with the expected extensions', async () => {
    const { send } = browserHost();
    const docs = join(home, 'Dokumente');
    const listed = await send('files.list', { folder: null, show: 'protokoll' });
    expect(listed.ok).toBe(true);
    const listing = (listed as { value: HostResponse<'files.list'> }).value;
    expect(listing.folder).toBe(docs);
    expect(listing.entries.map((e) => e.name)).toEqual(['top12.protokoll']);
    expect(listing.places).toEqual([
      { path: docs, kind: 'documents' },
      { path: home, kind: 'home' },
    ]);
    // The home folder is the top: no parent above it.
    const top = await send('files.list', { folder: home, show: 'protokoll' });
    expect(top.ok && (top.value as HostResponse<'files.list'>).parent).toBeNull();

    const opened = await send('document.open', { path: join(docs, 'top12.protokoll') });
    expect(opened.ok).toBe(true);
    const written = await send('export.write', {
      documentText: JSON.stringify(document),
      kind: 'html',
      path: join(docs, 'niederschrift.sh'),
      itemId: null,
    });
    // The extension is added: the page cannot name a script, only an export.
    expect(written.ok && (written.value as { path: string }).path).toBe(
      join(docs, 'niederschrift.sh.html'),
    );
    const snippets = await send('snippets.export', { path: join(docs, 'bausteine') });
    expect(snippets.ok && (snippets.value as { path: string }).path).toBe(
      join(docs, 'bausteine.json'),
    );
    const roster = await send('roster.export', {
      document,
      path: join(docs, 'personen'),
      encoding: 'utf-8',
    });
    expect(roster.ok && (roster.value as { path: string }).path).toBe(join(docs, 'personen.csv'));
    // Hidden folders and the program's own data stay closed, even inside home.
    refused(await send('snippets.export', { path: join(home, '.config', 'x.json') }), 'hidden');
    refused(
      await send('snippets.import', { path: join(home, 'Protokollant', 'settings.json') }),
      'user data',
    );
  });

  it('browser mode: a folder the user grants opens up, a system folder cannot be granted', async () => {
    const { send, services } = browserHost();
    refused(await send('files.addRoot', { folder: '/etc' }), '/etc', 'reach.rootRefused');
    refused(await send('files.addRoot', { folder: '/' }), '/', 'reach.rootRefused');
    const added = await send('files.addRoot', { folder: outside });
    expect(added.ok).toBe(true);
    expect((await services.settings.get()).pickerRoots).toEqual([outside]);
    const listed = await send('files.list', { folder: outside, show: 'protokoll' });
    expect(
      listed.ok && (listed.value as HostResponse<'files.list'>).entries.map((e) => e.name),
    ).toEqual(['top12.protokoll']);
    expect((await send('document.open', { path: join(outside, 'top12.protokoll') })).ok).toBe(true);
    // settings.set cannot add roots behind the policy's back.
    const sneaky = await send('settings.set', { pickerRoots: ['/'] });
    expect(sneaky.ok === false && sneaky.error.code).toBe('host.badRequest');
    expect((await send('files.removeRoot', { folder: outside })).ok).toBe(true);
    refused(await send('files.list', { folder: outside }), 'after removal');
  });

  it('Electron: only what its dialogs returned, files given at start and the recent list', async () => {
    const services = servicesFor(join(home, 'Protokollant'), { mode: 'electron', home });
    let answer: string | null = null;
    const handlers = createHostHandlers(services, {
      mode: 'electron',
      version: 'test',
      platform: process.platform,
      documentsFolder: join(home, 'Dokumente'),
      autosaveDelayMs: 2000,
      startup: () => ({ files: [], recoveryId: null, templateId: null }),
      dialogs: {
        open: async () => answer,
        save: async () => answer,
      },
    });
    const send: Send = (method, request) =>
      dispatch(handlers, method, request, { owner: '1' }, 'de');
    const inHome = join(home, 'Dokumente', 'top12.protokoll');
    // No picker roots in Electron: not even home.
    refused(await send('document.open', { path: inHome }), 'home without a dialog');
    refused(await send('files.list', { folder: home }), 'list home');
    refused(await send('files.addRoot', { folder: home }), 'add root', 'reach.rootsUnsupported');
    answer = inHome;
    const chosen = await send('dialog.open', { kind: 'protokoll' });
    expect(chosen.ok && (chosen.value as { path: string }).path).toBe(inHome);
    const opened = await send('document.open', { path: inHome });
    expect(opened.ok).toBe(true);
    // The opened file went onto the recent list: after a restart it is still reachable.
    const restarted = createHostHandlers(
      servicesFor(join(home, 'Protokollant'), { mode: 'electron', home }),
      {
        mode: 'electron',
        version: 'test',
        platform: process.platform,
        documentsFolder: home,
        autosaveDelayMs: 2000,
        startup: () => ({ files: [], recoveryId: null, templateId: null }),
      },
    );
    const again = await dispatch(
      restarted,
      'document.open',
      { path: inHome },
      { owner: '1' },
      'de',
    );
    expect(again.ok).toBe(true);
    // A save dialog's answer without the extension gets it, and that file may be written.
    answer = join(outside, 'Export');
    const target = await send('dialog.save', { suggestedName: 'Export', kind: 'pdf' });
    expect(target.ok && (target.value as { path: string }).path).toBe(join(outside, 'Export.pdf'));
    refused(
      await send('export.write', {
        documentText: JSON.stringify(document),
        kind: 'html',
        path: join(outside, 'Export.html'),
        itemId: null,
      }),
      'another file than the one chosen',
    );
    const html = await send('export.write', {
      documentText: JSON.stringify(document),
      kind: 'html',
      path: join(outside, 'Export.pdf'),
      itemId: null,
    });
    // The chosen file, but the wrong kind for it: no HTML under a .pdf name.
    expect(html.ok).toBe(false);
  });
});
