import {
  copyFile,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../contract/channels';
import type { HostMethod, HostResponse, HostResult } from '../contract/host-api';
import { parseProtokoll } from '../core/file/format';
import { STUTTGART_EXAMPLE } from './support/seed';
import { startWebMode, type WebMode } from './support/web-mode';

/**
 * Issue 12's attacks on the host's reach, as a page that was taken over (an XSS, a leaked token)
 * would send them to the real browser-mode server: list /etc, read /etc/shadow through an error,
 * overwrite a file through the snippet export. The server runs with its own home folder and no
 * extra roots; everything outside home must be refused, with no byte of any file in the answer.
 */

type Envelope = HostResult<HostMethod>;

const SECRET = /SECRET|root:|\$6\$|daemon:|PRIVATE KEY/;

describe("the host's reach over HTTP (browser mode)", () => {
  let dir: string;
  let home: string;
  let outside: string;
  let web: WebMode;
  let token: string;
  let document: unknown;

  const call = (method: string, request: unknown): Promise<Envelope> =>
    new Promise((resolve, reject) => {
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
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope);
            } catch (error) {
              reject(error instanceof Error ? error : new Error(String(error)));
            }
          });
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(request));
    });

  function refused(result: Envelope, label: string, code: string | RegExp = 'reach.outside') {
    expect.soft(result.ok, label).toBe(false);
    if (result.ok) return;
    if (typeof code === 'string') expect.soft(result.error.code, label).toBe(code);
    else expect.soft(result.error.code, label).toMatch(code);
    expect.soft(result.error.message, label).not.toMatch(SECRET);
  }

  beforeAll(async () => {
    dir = await realpath(await mkdtemp(join(tmpdir(), 'pk-reach-http-')));
    home = join(dir, 'home');
    outside = join(dir, 'outside');
    await mkdir(join(home, 'Dokumente'), { recursive: true });
    await mkdir(join(home, '.ssh'));
    await mkdir(outside);
    await copyFile(STUTTGART_EXAMPLE, join(home, 'Dokumente', 'top12.protokoll'));
    await writeFile(join(home, 'Dokumente', 'shadow'), 'root:$6$SECRETHASH:19000:0:99999:7:::\n');
    await writeFile(join(home, '.ssh', 'id_ed25519'), '-----BEGIN OPENSSH PRIVATE KEY-----\n');
    await writeFile(
      join(home, 'Dokumente', 'token.json'),
      '{"format":"SECRETTOKEN","version":"SECRETPW","body":"SECRET","keys":[{"SECRET":1}]}',
    );
    await writeFile(
      join(home, 'Dokumente', 'passwords.csv'),
      'SECRETUSER;SECRETPW\nadmin;SECRET123\n',
    );
    await writeFile(join(outside, 'notes.json'), '{"SECRET":"outside"}');
    await writeFile(join(outside, 'settings.json'), '{"theme":"dark"}');
    // Links a user (or an earlier attack) left in home: to /etc and to the outside folder.
    await symlink('/etc', join(home, 'etc'));
    await symlink(outside, join(home, 'Ablage'));
    document = parseProtokoll(await readFile(STUTTGART_EXAMPLE, 'utf8'), 'top12.protokoll');
    web = await startWebMode({
      userDataDir: join(dir, 'user-data'),
      env: { HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
      roots: [],
    });
    token = new URL(web.url).hash.replace('#token=', '');
  });
  afterAll(async () => {
    await web?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('files.list of /etc, /proc, / and links out of home: refused; home lists without them', async () => {
    for (const folder of ['/etc', '/proc/self', '/sys', '/', dir, outside, join(home, 'etc')]) {
      refused(await call('files.list', { folder }), `files.list ${folder}`);
    }
    refused(await call('files.list', { folder: join(home, 'Dokumente', '..', '..') }), '..');
    const listed = await call('files.list', { folder: home, show: 'exports' });
    expect(listed.ok).toBe(true);
    const names = (listed as { value: HostResponse<'files.list'> }).value.entries.map(
      (e) => e.name,
    );
    // The links out of home are not offered, and neither are hidden folders.
    expect(names).toEqual(['Dokumente']);
    // The picker starts in the documents folder.
    const start = await call('files.list', { folder: null });
    expect(start.ok && (start.value as HostResponse<'files.list'>).folder).toBe(
      join(home, 'Dokumente'),
    );
  });

  it('document.open of /etc/shadow or /etc/passwd gives no bytes; a secret in home neither', async () => {
    for (const path of [
      '/etc/shadow',
      '/etc/passwd',
      '/proc/self/environ',
      join(home, 'etc', 'passwd'),
    ]) {
      refused(await call('document.open', { path }), `open ${path}`);
      refused(await call('document.import', { path, templateId: null }), `import ${path}`);
      refused(await call('roster.read', { path }), `roster ${path}`);
      refused(await call('snippets.import', { path }), `snippets ${path}`);
    }
    refused(await call('vorlage.read', { path: '/etc/passwd.docx' }), 'vorlage');
    refused(await call('document.open', { path: join(home, '.ssh', 'id_ed25519') }), 'ssh key');
    // Inside home the file is read, but only what parsed as a document comes back.
    for (const name of ['shadow', 'token.json', 'passwords.csv']) {
      const secret = join(home, 'Dokumente', name);
      for (const [method, request] of [
        ['document.open', { path: secret }],
        ['document.import', { path: secret, templateId: null }],
        ['roster.read', { path: secret }],
        ['snippets.import', { path: secret }],
      ] as const) {
        refused(
          await call(method, request),
          `${method} ${name} in home`,
          /^(file|import|editor)\./,
        );
      }
    }
    // A keyring that is no keyring: the problem is named, its content is not.
    refused(
      await call('keyring.use', { path: join(home, 'Dokumente', 'token.json') }),
      'keyring token',
      /^keyring\./,
    );
  });

  it('snippets, exports, rosters and saves are written only inside home, with their extension', async () => {
    const before = await readFile(join(outside, 'settings.json'), 'utf8');
    for (const path of [
      join(outside, 'settings.json'),
      join(outside, 'neu.json'),
      join(home, 'Ablage', 'neu.json'),
      '/etc/cron.d/protokollant',
      join(home, '.bashrc'),
    ]) {
      refused(await call('snippets.export', { path }), `snippets.export ${path}`);
    }
    refused(
      await call('export.write', {
        documentText: JSON.stringify(document),
        kind: 'html',
        path: join(outside, 'a.html'),
        itemId: null,
      }),
      'export outside',
    );
    refused(
      await call('roster.export', { document, path: join(outside, 'p.csv'), encoding: 'utf-8' }),
      'roster outside',
    );
    const opened = await call('document.open', {
      path: join(home, 'Dokumente', 'top12.protokoll'),
    });
    expect(opened.ok).toBe(true);
    const { handle } = (opened as { value: { handle: string } }).value;
    refused(
      await call('document.save', { handle, document, path: join(outside, 'x.protokoll') }),
      'save as outside',
    );
    refused(await call('keyring.use', { path: '/etc/shadow' }), 'keyring /etc/shadow');
    refused(await call('files.addRoot', { folder: '/etc' }), 'grant /etc', 'reach.rootRefused');
    refused(await call('files.addRoot', { folder: '/' }), 'grant /', 'reach.rootRefused');
    // Nothing was written outside home.
    expect((await readdir(outside)).sort()).toEqual(['notes.json', 'settings.json']);
    expect(await readFile(join(outside, 'settings.json'), 'utf8')).toBe(before);
    await expect(stat('/etc/cron.d/protokollant')).rejects.toThrow();

    // Inside home it works, and a name without the extension gets it.
    const exported = await call('snippets.export', { path: join(home, 'Dokumente', 'bausteine') });
    expect(exported.ok && (exported.value as { path: string }).path).toBe(
      join(home, 'Dokumente', 'bausteine.json'),
    );
  });
});
