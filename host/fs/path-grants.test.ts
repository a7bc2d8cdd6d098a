import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../core/errors';
import { isWithin, PathGrants, type PathGrantsOptions } from './path-grants';

/**
 * The host's path policy on real folders, links and system paths: what a page that was taken
 * over may name, and what it may not.
 */
describe('the path policy (host/fs/path-grants.ts)', () => {
  let base: string;
  let home: string;
  let outside: string;
  let userData: string;
  let stored: readonly string[];

  beforeEach(async () => {
    base = await realpath(await mkdtemp(join(tmpdir(), 'pk-grants-')));
    home = join(base, 'user');
    outside = join(base, 'other');
    userData = join(home, 'Protokollant-Daten');
    for (const folder of [home, outside, userData, join(home, 'Dokumente'), join(home, '.ssh')]) {
      await mkdir(folder, { recursive: true });
    }
    await writeFile(join(home, 'Dokumente', 'sitzung.protokoll'), '{}');
    await writeFile(join(outside, 'secret.protokoll'), 'SECRET');
    await writeFile(join(home, '.ssh', 'id_ed25519'), 'PRIVATE');
    await writeFile(join(userData, 'identities.json'), '{"secret":"KEY"}');
    stored = [];
  });
  afterEach(() => rm(base, { recursive: true, force: true }));

  const browser = (extra: Partial<PathGrantsOptions> = {}) =>
    new PathGrants({
      home,
      userData,
      homeIsRoot: true,
      acceptsAddedRoots: true,
      loadAdded: async () => stored,
      saveAdded: async (folders) => {
        stored = folders;
      },
      ...extra,
    });

  async function refusal(promise: Promise<unknown>): Promise<UserError> {
    try {
      await promise;
    } catch (error) {
      if (error instanceof UserError) return error;
      throw error;
    }
    throw new Error('expected a refusal');
  }

  it('compares whole folder names: /home/userX is not inside /home/user', () => {
    expect(isWithin('/home/user', '/home/user')).toBe(true);
    expect(isWithin('/home/user/a', '/home/user')).toBe(true);
    expect(isWithin('/home/userX', '/home/user')).toBe(false);
    expect(isWithin('/home/userX/a', '/home/user')).toBe(false);
    expect(isWithin('/home/user/a', '/home/user/')).toBe(true);
  });

  it('home is a root: files there are read and written with the expected extension', async () => {
    const paths = browser();
    const file = join(home, 'Dokumente', 'sitzung.protokoll');
    expect(await paths.check(file, 'read')).toBe(file);
    expect(await paths.check(join(home, 'neu.pdf'), 'write', '.pdf')).toBe(join(home, 'neu.pdf'));
    const wrong = await refusal(paths.check(join(home, 'neu.sh'), 'write', '.pdf'));
    expect(wrong.code).toBe('reach.extension');
    expect(wrong.localized('de')).toContain('.pdf');
    expect(await paths.checkFolder(join(home, 'Dokumente'))).toBe(join(home, 'Dokumente'));
  });

  it('system folders, /proc and a prefix twin of home are refused, before the disk is asked', async () => {
    const paths = browser();
    await mkdir(`${home}X`);
    await writeFile(join(`${home}X`, 'a.protokoll'), '{}');
    for (const path of [
      '/etc/shadow',
      '/etc/passwd',
      '/proc/self/environ',
      '/sys/kernel/notes',
      '/root/.bash_history',
      '/etc/does-not-exist',
      join(`${home}X`, 'a.protokoll'),
      join(outside, 'secret.protokoll'),
    ]) {
      const error = await refusal(paths.check(path, 'read'));
      expect.soft(error.code, path).toBe('reach.outside');
      expect.soft(error.localized('de'), path).not.toMatch(/SECRET|root:/);
    }
    // An existing and a missing file get the same answer: no probing of what exists.
    const a = await refusal(paths.check('/etc/passwd', 'read'));
    const b = await refusal(paths.check('/etc/passwd-nonexistent', 'read'));
    expect(a.localized('en').replace('/etc/passwd-nonexistent', '/etc/passwd')).toBe(
      b.localized('en').replace('/etc/passwd-nonexistent', '/etc/passwd'),
    );
    for (const folder of ['/etc', '/proc', '/sys', '/', `${home}X`]) {
      expect.soft((await refusal(paths.checkFolder(folder))).code, folder).toBe('reach.outside');
    }
  });

  it('resolves .. and links before checking', async () => {
    const paths = browser();
    // `..` out of home
    const dotted = join(home, 'Dokumente', '..', '..', 'other', 'secret.protokoll');
    expect((await refusal(paths.check(dotted, 'read'))).code).toBe('reach.outside');
    // a link in home to a file outside
    await symlink(join(outside, 'secret.protokoll'), join(home, 'link.protokoll'));
    expect((await refusal(paths.check(join(home, 'link.protokoll'), 'read'))).code).toBe(
      'reach.outside',
    );
    // a link in home to a folder outside, and to /etc
    await symlink(outside, join(home, 'Ablage'));
    await symlink('/etc', join(home, 'etc'));
    expect(
      (await refusal(paths.check(join(home, 'Ablage', 'secret.protokoll'), 'read'))).code,
    ).toBe('reach.outside');
    expect((await refusal(paths.check(join(home, 'etc', 'passwd'), 'read'))).code).toBe(
      'reach.outside',
    );
    expect((await refusal(paths.checkFolder(join(home, 'etc')))).code).toBe('reach.outside');
    // writing through a link to a file outside: refused, and a new file in a linked folder too
    expect(
      (await refusal(paths.check(join(home, 'link.protokoll'), 'write', '.protokoll'))).code,
    ).toBe('reach.outside');
    expect(
      (await refusal(paths.check(join(home, 'Ablage', 'neu.protokoll'), 'write', '.protokoll')))
        .code,
    ).toBe('reach.outside');
    // a link whose name has the extension but whose target does not
    await writeFile(join(home, 'skript.sh'), 'echo');
    await symlink(join(home, 'skript.sh'), join(home, 'harmlos.pdf'));
    expect((await refusal(paths.check(join(home, 'harmlos.pdf'), 'write', '.pdf'))).code).toBe(
      'reach.extension',
    );
    // a link that stays inside home is followed; the answer is the real file
    await symlink(join(home, 'Dokumente'), join(home, 'Docs'));
    expect(await paths.check(join(home, 'Docs', 'sitzung.protokoll'), 'read')).toBe(
      join(home, 'Dokumente', 'sitzung.protokoll'),
    );
  });

  it('hidden folders and the program data folder stay closed inside home', async () => {
    const paths = browser();
    for (const path of [
      join(home, '.ssh', 'id_ed25519'),
      join(home, '.bashrc'),
      join(userData, 'identities.json'),
    ]) {
      expect.soft((await refusal(paths.check(path, 'read'))).code, path).toBe('reach.outside');
    }
    expect((await refusal(paths.check(join(userData, 'x.json'), 'write', '.json'))).code).toBe(
      'reach.outside',
    );
    expect((await refusal(paths.checkFolder(userData))).code).toBe('reach.outside');
    expect((await refusal(paths.checkFolder(join(home, '.ssh')))).code).toBe('reach.outside');
  });

  it('a home inside a system folder (/root for root) is a root; other system paths are not', async () => {
    const system = join(base, 'sys');
    const rootHome = join(system, 'root');
    await mkdir(join(rootHome, 'Dokumente'), { recursive: true });
    await writeFile(join(system, 'shadow'), 'SECRET');
    const paths = new PathGrants({
      home: rootHome,
      userData: join(rootHome, '.config', 'protokollant'),
      homeIsRoot: true,
      acceptsAddedRoots: true,
      systemFolders: [system],
    });
    expect(await paths.checkFolder(join(rootHome, 'Dokumente'))).toBe(join(rootHome, 'Dokumente'));
    expect((await refusal(paths.check(join(system, 'shadow'), 'read'))).code).toBe('reach.outside');
  });

  it('relative paths and NUL bytes are refused', async () => {
    const paths = browser();
    for (const path of ['Dokumente/sitzung.protokoll', '../etc/passwd', '', `${home}/a\0.pdf`]) {
      expect.soft((await refusal(paths.check(path, 'read'))).code, path).toBe('reach.notAbsolute');
    }
  });

  it('dialog grants reach a file outside the roots; a read grant does not allow writing', async () => {
    const paths = browser();
    const file = join(outside, 'secret.protokoll');
    await paths.grant(file, 'read');
    expect(await paths.check(file, 'read')).toBe(file);
    expect((await refusal(paths.check(file, 'write', '.protokoll'))).code).toBe('reach.outside');
    // Only that file, not its neighbours.
    expect((await refusal(paths.check(join(outside, 'b.protokoll'), 'read'))).code).toBe(
      'reach.outside',
    );
    const target = join(outside, 'export.pdf');
    await paths.grant(target, 'write');
    expect(await paths.check(target, 'write', '.pdf')).toBe(target);
    expect(await paths.check(target, 'read')).toBe(target);
    // A write grant still needs the expected extension.
    expect((await refusal(paths.check(target, 'write', '.protokoll'))).code).toBe(
      'reach.extension',
    );
    // A granted file is no folder to list.
    expect((await refusal(paths.checkFolder(outside))).code).toBe('reach.outside');
  });

  it('a folder chosen in the folder dialog (the archive) is read whole, never written', async () => {
    const paths = new PathGrants({ home, userData, homeIsRoot: false, acceptsAddedRoots: false });
    await mkdir(join(outside, 'Unterordner', '.versteckt'), { recursive: true });
    await writeFile(join(outside, 'Unterordner', 'a.protokoll'), '{}');
    await paths.grantFolder(outside);
    expect(await paths.checkFolder(outside)).toBe(outside);
    expect(await paths.checkFolder(join(outside, 'Unterordner'))).toBe(
      join(outside, 'Unterordner'),
    );
    expect(await paths.check(join(outside, 'Unterordner', 'a.protokoll'), 'read')).toBe(
      join(outside, 'Unterordner', 'a.protokoll'),
    );
    expect(
      (await refusal(paths.check(join(outside, 'neu.protokoll'), 'write', '.protokoll'))).code,
    ).toBe('reach.outside');
    expect(
      (await refusal(paths.checkFolder(join(outside, 'Unterordner', '.versteckt')))).code,
    ).toBe('reach.outside');
    expect((await refusal(paths.checkFolder(base))).code).toBe('reach.outside');
  });

  it('the recent list grants reading its files', async () => {
    const file = join(outside, 'secret.protokoll');
    const paths = browser({ extraGrants: async () => [file] });
    expect(await paths.check(file, 'read')).toBe(file);
    expect((await refusal(paths.check(file, 'write', '.protokoll'))).code).toBe('reach.outside');
  });

  it('a folder the user adds becomes a root, is kept, and can be removed; system folders cannot', async () => {
    const paths = browser();
    const root = await paths.addRoot(outside);
    expect(root.real).toBe(outside);
    expect(stored).toEqual([outside]);
    expect(await paths.check(join(outside, 'secret.protokoll'), 'read')).toBe(
      join(outside, 'secret.protokoll'),
    );
    // The next start reads it back.
    const again = browser();
    expect((await again.roots()).map((r) => [r.kind, r.real])).toEqual([
      ['home', home],
      ['added', outside],
    ]);
    await again.removeRoot(outside);
    expect(stored).toEqual([]);
    expect((await refusal(again.check(join(outside, 'secret.protokoll'), 'read'))).code).toBe(
      'reach.outside',
    );

    await mkdir(join(base, '.hidden'));
    for (const [folder, code] of [
      ['/', 'reach.rootRefused'],
      ['/etc', 'reach.rootRefused'],
      ['/proc', 'reach.rootRefused'],
      ['/sys', 'reach.rootRefused'],
      ['/usr/share', 'reach.rootRefused'],
      [userData, 'reach.rootRefused'],
      [join(home, '.ssh'), 'reach.rootRefused'],
      [join(base, '.hidden'), 'reach.rootRefused'],
      [join(base, 'missing'), 'reach.rootMissing'],
      [join(home, 'Dokumente', 'sitzung.protokoll'), 'reach.rootNotFolder'],
      ['relative/folder', 'reach.notAbsolute'],
    ] as const) {
      expect.soft((await refusal(paths.addRoot(folder))).code, folder).toBe(code);
    }
    // A link to /etc is /etc.
    await symlink('/etc', join(base, 'etc-link'));
    expect((await refusal(paths.addRoot(join(base, 'etc-link')))).code).toBe('reach.rootRefused');
    expect(stored).toEqual([]);
  });

  it('Electron: no picker roots at all, only what the dialogs and the OS granted', async () => {
    const paths = new PathGrants({
      home,
      userData,
      homeIsRoot: false,
      acceptsAddedRoots: false,
    });
    const file = join(home, 'Dokumente', 'sitzung.protokoll');
    expect((await refusal(paths.check(file, 'read'))).code).toBe('reach.outside');
    expect((await refusal(paths.checkFolder(home))).code).toBe('reach.outside');
    expect((await refusal(paths.addRoot(outside))).code).toBe('reach.rootsUnsupported');
    await paths.grant(file, 'read');
    expect(await paths.check(file, 'read')).toBe(file);
    expect(await paths.roots()).toEqual([]);
  });

  it('this run’s folders (--root) are roots; a system folder given that way is refused', async () => {
    const paths = browser({ sessionRoots: [outside] });
    expect((await paths.roots()).map((r) => r.kind)).toEqual(['home', 'session']);
    expect(await paths.check(join(outside, 'secret.protokoll'), 'read')).toBe(
      join(outside, 'secret.protokoll'),
    );
    const bad = browser({ sessionRoots: ['/etc'] });
    expect((await refusal(bad.roots())).code).toBe('reach.rootRefused');
  });
});
