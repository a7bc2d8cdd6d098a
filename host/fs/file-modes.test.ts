import { chmod, copyFile, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseProtokoll } from '../../core/file/format';
import type { ProtocolDocument } from '../../core/model/schema';
import { IdentityStore, keyFileProtector } from '../identity/identity-store';
import { backupPathOf } from '../services/documents';
import { servicesFor, tempFolder } from '../../test/support/host-services';
import { ensureUserDataFolder } from '../services/user-data';
import { removeStaleTemps, STALE_TEMP_MS, writeFileAtomic } from './atomic-write';

const EXAMPLE = fileURLToPath(
  new URL('../../examples/stuttgart-va-2018-06-27-top12.protokoll', import.meta.url),
);
const modeOf = async (path: string) => (await stat(path)).mode & 0o777;
const me = { owner: 'w' };

describe.skipIf(process.platform === 'win32')('file modes', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let umask: number;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
    umask = process.umask(0o022);
  });
  afterEach(async () => {
    process.umask(umask);
    await cleanup();
  });

  it('a save keeps the mode of the file it replaces, and the .bak gets the same', async () => {
    const file = join(dir, 'geheim.protokoll');
    await copyFile(EXAMPLE, file);
    await chmod(file, 0o600);
    const { documents } = servicesFor(join(dir, 'user-data'));
    const opened = await documents.open(me, file);
    const changed = structuredClone(opened.document) as ProtocolDocument;
    changed.items[0]!.title = 'Neuer Betreff';
    await documents.save(me, {
      handle: opened.handle,
      document: changed,
      path: null,
      force: false,
    });
    expect(parseProtokoll(await readFile(file, 'utf8'), 'x').items[0]!.title).toBe('Neuer Betreff');
    expect(await modeOf(file)).toBe(0o600);
    expect(await modeOf(backupPathOf(file))).toBe(0o600);
    // A second save replaces the .bak: still 0600, even had it been opened up meanwhile.
    await chmod(backupPathOf(file), 0o644);
    changed.items[0]!.title = 'Noch ein Betreff';
    await documents.save(me, {
      handle: opened.handle,
      document: changed,
      path: null,
      force: false,
    });
    expect(await modeOf(file)).toBe(0o600);
    expect(await modeOf(backupPathOf(file))).toBe(0o600);
  });

  it("a new file takes the user's umask", async () => {
    process.umask(0o027);
    await writeFileAtomic(join(dir, 'neu.txt'), 'a');
    expect(await modeOf(join(dir, 'neu.txt'))).toBe(0o640);
    process.umask(0o002);
    await writeFileAtomic(join(dir, 'gruppe.txt'), 'a');
    expect(await modeOf(join(dir, 'gruppe.txt'))).toBe(0o664);
  });

  it('an exact mode holds even with an open umask and over a wider file', async () => {
    process.umask(0);
    const key = join(dir, 'key.json');
    await writeFileAtomic(key, 'secret', { mode: 0o600 });
    expect(await modeOf(key)).toBe(0o600);
    await writeFile(key, 'old');
    await chmod(key, 0o666);
    await writeFileAtomic(key, 'secret', { mode: 0o600 });
    expect(await modeOf(key)).toBe(0o600);
  });

  it('the identity file is 0600 even with an open umask', async () => {
    process.umask(0);
    await new IdentityStore(dir, keyFileProtector).create('BM Dr. Mayer', 'ein langes Passwort');
    expect(await modeOf(join(dir, 'signing-keys.json'))).toBe(0o600);
  });

  it('the user data folder is owner-only, made new or narrowed', async () => {
    const fresh = join(dir, 'a', 'protokollant');
    await ensureUserDataFolder(fresh);
    expect(await modeOf(fresh)).toBe(0o700);
    const wide = join(dir, 'wide');
    await ensureUserDataFolder(wide);
    await chmod(wide, 0o755);
    await ensureUserDataFolder(wide);
    expect(await modeOf(wide)).toBe(0o700);
  });

  it("a killed save's temporary file goes with the next save; a fresh one stays", async () => {
    const file = join(dir, 'sitzung.protokoll');
    const stale = join(dir, '.sitzung.protokoll.0123456789ab.tmp');
    const fresh = join(dir, '.sitzung.protokoll.ba9876543210.tmp');
    const other = join(dir, '.andere.protokoll.0123456789ab.tmp');
    for (const path of [stale, fresh, other]) await writeFile(path, 'halb geschrieben');
    const old = new Date(Date.now() - STALE_TEMP_MS - 5_000);
    await utimes(stale, old, old);
    await utimes(other, old, old);
    await writeFileAtomic(file, 'neu');
    const left = await readdir(dir);
    expect(left).not.toContain('.sitzung.protokoll.0123456789ab.tmp');
    // A save still running in another process may own the fresh one; another file's is not ours.
    expect(left).toContain('.sitzung.protokoll.ba9876543210.tmp');
    expect(left).toContain('.andere.protokoll.0123456789ab.tmp');
    expect(await removeStaleTemps(file, Date.now() + 2 * STALE_TEMP_MS)).toEqual([fresh]);
  });
});
