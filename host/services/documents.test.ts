import { copyFile, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDocumentSchema } from '../../contract/host-api';
import { UserError } from '../../core/errors';
import { parseProtokoll } from '../../core/file/format';
import type { ProtocolDocument } from '../../core/model/schema';
import { backupPathOf } from './documents';
import { servicesFor, tempFolder } from '../../test/support/host-services';

const EXAMPLE = fileURLToPath(
  new URL('../../examples/stuttgart-va-2018-06-27-top12.protokoll', import.meta.url),
);
const me = { owner: 'window-1' };

function retitled(document: unknown, title: string): ProtocolDocument {
  const copy = structuredClone(document) as ProtocolDocument;
  copy.items[0]!.title = title;
  return copy;
}

async function rejection(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('DocumentSessions', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let file: string;
  let userData: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
    file = join(dir, 'top12.protokoll');
    userData = join(dir, 'user-data');
    await copyFile(EXAMPLE, file);
  });
  afterEach(() => cleanup());

  it('hands the renderer what an OParl import skipped, as catalog keys it can translate', async () => {
    const { documents } = servicesFor(userData);
    const meeting = join(dir, 'Meeting-01.json');
    await copyFile(
      fileURLToPath(
        new URL('../../test/fixtures/oparl-1.1.1/examples/Meeting-01.json', import.meta.url),
      ),
      meeting,
    );
    const opened = await documents.importAgenda(me, meeting, null);
    expect(openDocumentSchema.parse(opened).importWarnings).toEqual(opened.importWarnings);
    expect(opened.importWarnings.map((w) => w.code)).toEqual([
      'import.oparl.skipped',
      'import.oparl.skipped',
      'import.oparl.noBody',
    ]);
    expect(opened.importWarnings[0]!.params).toMatchObject({
      refType: 'Consultation',
      ref: 'https://oparl.example.org/consultation/1034',
      field: 'consultation',
    });
    // Opening minutes has none.
    expect((await documents.open(me, file)).importWarnings).toEqual([]);
  });

  it('saves a change, keeps the previous version as .bak and lists the file as recent', async () => {
    const { documents, recent } = servicesFor(userData);
    const before = await readFile(file, 'utf8');
    const opened = await documents.open(me, file);
    expect(opened.path).toBe(file);
    expect(opened.name).toBe('top12.protokoll');
    const saved = await documents.save(me, {
      handle: opened.handle,
      document: retitled(opened.document, 'Neuer Betreff'),
      path: null,
      force: false,
    });
    expect(saved.path).toBe(file);
    expect(parseProtokoll(await readFile(file, 'utf8'), 'x').items[0]!.title).toBe('Neuer Betreff');
    expect(await readFile(backupPathOf(file), 'utf8')).toBe(before);
    expect(saved.fingerprint).not.toBe(opened.fingerprint);
    const list = await recent.list();
    expect(list[0]).toMatchObject({ path: file, name: 'top12.protokoll', exists: true });
  });

  it('refuses to overwrite a file changed on disk by someone else, unless forced', async () => {
    const { documents } = servicesFor(userData);
    const opened = await documents.open(me, file);
    const foreign = (await readFile(file, 'utf8')).replace('Maßnahmenpaket', 'Fremde Änderung');
    await writeFile(file, foreign);
    const error = await rejection(
      documents.save(me, {
        handle: opened.handle,
        document: retitled(opened.document, 'Meins'),
        path: null,
        force: false,
      }),
    );
    expect(error.code).toBe('file.changedOnDisk');
    expect(error.localized('de')).toContain('top12.protokoll');
    expect(await readFile(file, 'utf8')).toBe(foreign);
    await documents.save(me, {
      handle: opened.handle,
      document: retitled(opened.document, 'Meins'),
      path: null,
      force: true,
    });
    expect(parseProtokoll(await readFile(file, 'utf8'), 'x').items[0]!.title).toBe('Meins');
    // the overwritten foreign version is the backup
    expect(await readFile(backupPathOf(file), 'utf8')).toBe(foreign);
  });

  it('treats a re-save with identical bytes (only the time changed) as no conflict', async () => {
    const { documents } = servicesFor(userData);
    const opened = await documents.open(me, file);
    const later = new Date(Date.now() + 60_000);
    await utimes(file, later, later);
    await documents.save(me, {
      handle: opened.handle,
      document: retitled(opened.document, 'Nach touch'),
      path: null,
      force: false,
    });
    expect(parseProtokoll(await readFile(file, 'utf8'), 'x').items[0]!.title).toBe('Nach touch');
  });

  it('refuses an invalid document and leaves the file untouched', async () => {
    const { documents } = servicesFor(userData);
    const opened = await documents.open(me, file);
    const before = await readFile(file);
    const broken = structuredClone(opened.document) as Record<string, unknown>;
    broken.items = [{ id: 'x', number: '1' }];
    const error = await rejection(
      documents.save(me, { handle: opened.handle, document: broken, path: null, force: true }),
    );
    expect(error.code).toBe('file.invalid');
    expect(error.localized('en')).toMatch(/invalid/);
    expect(await readFile(file)).toEqual(before);
    const empty = await rejection(
      documents.save(me, { handle: opened.handle, document: {}, path: null, force: true }),
    );
    expect(empty.code).toBe('file.invalid');
    expect(await readFile(file)).toEqual(before);
  });

  it('saves a new document under a new name, adding the extension', async () => {
    const { documents } = servicesFor(userData);
    const created = documents.newFromTemplate(me, 'stuttgart-ausschuss-top');
    expect(created.path).toBeNull();
    await expect(
      documents.save(me, {
        handle: created.handle,
        document: created.document,
        path: null,
        force: false,
      }),
    ).rejects.toMatchObject({ code: 'shell.host.noPath' });
    const saved = await documents.save(me, {
      handle: created.handle,
      document: created.document,
      path: join(dir, 'neu'),
      force: false,
    });
    expect(saved.path).toBe(join(dir, 'neu.protokoll'));
    expect(parseProtokoll(await readFile(saved.path, 'utf8'), 'neu').templateId).toBe(
      'stuttgart-ausschuss-top',
    );
    await expect(stat(backupPathOf(saved.path))).rejects.toThrow();
  });

  it('keeps windows apart: a handle of another window is unknown', async () => {
    const { documents } = servicesFor(userData);
    const opened = await documents.open(me, file);
    const error = await rejection(
      documents.save(
        { owner: 'window-2' },
        { handle: opened.handle, document: opened.document, path: null, force: true },
      ),
    );
    expect(error.code).toBe('shell.host.unknownDocument');
  });

  it('refuses an unknown template', () => {
    const { documents } = servicesFor(userData);
    expect(() => documents.newFromTemplate(me, 'gibt-es-nicht')).toThrow(UserError);
  });
});

describe('recovery copies', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let file: string;
  let userData: string;

  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
    file = join(dir, 'top12.protokoll');
    userData = join(dir, 'user-data');
    await copyFile(EXAMPLE, file);
  });
  afterEach(() => cleanup());

  it('survive a crash and are restored with the edit, the file untouched', async () => {
    const before = await readFile(file);
    const first = servicesFor(userData);
    const opened = await first.documents.open(me, file);
    await first.documents.writeRecovery(me, {
      handle: opened.handle,
      document: retitled(opened.document, 'Ungespeicherte Änderung'),
    });
    // while the document is open, its copy is not offered
    expect(await first.documents.listRecovery()).toEqual([]);
    expect(await readFile(file)).toEqual(before);

    // the process dies; a new one starts over the same user data folder
    const second = servicesFor(userData);
    const list = await second.documents.listRecovery();
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ path: file, name: 'top12.protokoll' });
    expect(list[0]!.summary).toContain('Verwaltungsausschuss');
    const restored = await second.documents.restore(me, list[0]!.id);
    expect(restored.recovered).toBe(true);
    expect(restored.path).toBe(file);
    expect((restored.document as ProtocolDocument).items[0]!.title).toBe('Ungespeicherte Änderung');
    // the restored session still knows what the file was: a foreign change is noticed
    await writeFile(file, (await readFile(file, 'utf8')).replace('Maßnahmenpaket', 'Anders'));
    await expect(
      second.documents.save(me, {
        handle: restored.handle,
        document: restored.document,
        path: null,
        force: false,
      }),
    ).rejects.toMatchObject({ code: 'file.changedOnDisk' });
    // a clean close removes the copy
    await second.documents.close(me, restored.handle);
    expect(await servicesFor(userData).documents.listRecovery()).toEqual([]);
  });

  it('are removed by a save and can be discarded', async () => {
    const { documents } = servicesFor(userData);
    const opened = await documents.open(me, file);
    await documents.writeRecovery(me, { handle: opened.handle, document: opened.document });
    await documents.save(me, {
      handle: opened.handle,
      document: opened.document,
      path: null,
      force: false,
    });
    documents.dropOwner(me.owner);
    expect(await documents.listRecovery()).toEqual([]);

    const again = await documents.open(me, file);
    await documents.writeRecovery(me, { handle: again.handle, document: again.document });
    documents.dropOwner(me.owner); // the window crashed
    const [entry] = await documents.listRecovery();
    expect(entry).toBeDefined();
    await documents.discardRecovery(entry!.id);
    expect(await documents.listRecovery()).toEqual([]);
  });

  it('refuses an invalid document and skips damaged copies', async () => {
    const { documents, recovery } = servicesFor(userData);
    const opened = await documents.open(me, file);
    await expect(
      documents.writeRecovery(me, { handle: opened.handle, document: { items: 3 } }),
    ).rejects.toMatchObject({ code: 'file.invalid' });
    await documents.writeRecovery(me, { handle: opened.handle, document: opened.document });
    documents.dropOwner(me.owner);
    const [entry] = await documents.listRecovery();
    await writeFile(join(recovery.folder, `${entry!.id}.json`), '{"format": "protokollant/rec');
    expect(await documents.listRecovery()).toEqual([]);
    await expect(documents.restore(me, entry!.id)).rejects.toMatchObject({
      code: 'shell.host.recoveryDamaged',
    });
    await expect(documents.restore(me, '../../etc/passwd')).rejects.toMatchObject({
      code: 'shell.host.recoveryNotFound',
    });
  });

  it('a save does not remove a recovery copy written after it started', async () => {
    const { documents } = servicesFor(userData);
    const opened = await documents.open(me, file);
    const saving = documents.save(me, {
      handle: opened.handle,
      document: opened.document,
      path: null,
      force: false,
    });
    await new Promise((resolve) => setImmediate(resolve));
    const newer = retitled(opened.document, 'Nach dem Speichern getippt');
    const writing = documents.writeRecovery(me, { handle: opened.handle, document: newer });
    await Promise.all([saving, writing]);
    documents.dropOwner(me.owner);
    const [entry] = await documents.listRecovery();
    expect(entry).toBeDefined();
    const restored = await documents.restore(me, entry!.id);
    expect((restored.document as ProtocolDocument).items[0]!.title).toBe(
      'Nach dem Speichern getippt',
    );
  });

  it('a window closed cleanly takes its copies along; a crashed one leaves them', async () => {
    const { documents } = servicesFor(userData);
    const a = await documents.open({ owner: 'a' }, file);
    await documents.writeRecovery({ owner: 'a' }, { handle: a.handle, document: a.document });
    const b = documents.newFromTemplate({ owner: 'b' }, 'nrw-rat-sitzung');
    await documents.writeRecovery({ owner: 'b' }, { handle: b.handle, document: b.document });
    expect(documents.ownerOfPath(file)).toBe('a');
    await documents.closeOwner('a');
    documents.dropOwner('b');
    expect(documents.ownerOfPath(file)).toBeNull();
    const left = await documents.listRecovery();
    expect(left).toHaveLength(1);
    expect(left[0]!.path).toBeNull();
  });
});
