import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecentService } from './recent';
import { SettingsService } from './settings';
import { tempFolder } from '../../test/support/host-services';
import { resolveUserDataFolder } from './user-data';

describe('settings and recent list', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempFolder()));
  afterEach(() => cleanup());

  it('settings persist across starts and notify listeners', async () => {
    const first = new SettingsService(dir);
    expect(await first.get()).toEqual({ language: 'de', autosaveToFile: false, userName: '' });
    const seen: string[] = [];
    first.onChange((s) => seen.push(s.language));
    await first.set({ language: 'en', userName: 'Herr Häbe' });
    expect(seen).toEqual(['en']);
    const second = new SettingsService(dir);
    expect(await second.get()).toEqual({
      language: 'en',
      autosaveToFile: false,
      userName: 'Herr Häbe',
    });
  });

  it('a damaged settings file gives the defaults and is kept aside', async () => {
    await writeFile(join(dir, 'settings.json'), '{"language": "fr"');
    const settings = new SettingsService(dir);
    expect((await settings.get()).language).toBe('de');
    expect(await readFile(join(dir, 'settings.json.damaged'), 'utf8')).toBe('{"language": "fr"');
    await expect(settings.set({ language: 'xx' as 'de' })).rejects.toThrow();
    expect((await new SettingsService(dir).get()).language).toBe('de');
  });

  it('the recent list persists, newest first, without duplicates, and marks missing files', async () => {
    const a = join(dir, 'a.protokoll');
    const b = join(dir, 'b.protokoll');
    await writeFile(a, 'x');
    await writeFile(b, 'x');
    const recent = new RecentService(dir);
    await recent.add(a, new Date('2026-01-01T10:00:00Z'));
    await recent.add(b, new Date('2026-01-01T11:00:00Z'));
    await recent.add(a, new Date('2026-01-01T12:00:00Z'));
    await rm(b);
    const list = await new RecentService(dir).list();
    expect(list.map((e) => [e.name, e.exists])).toEqual([
      ['a.protokoll', true],
      ['b.protokoll', false],
    ]);
  });

  it('the browser mode finds its user data folder: flag, environment, XDG', () => {
    expect(resolveUserDataFolder({ flag: '/tmp/x', env: {} })).toBe('/tmp/x');
    expect(resolveUserDataFolder({ env: { PROTOKOLLANT_USER_DATA: '/tmp/y' } })).toBe('/tmp/y');
    expect(resolveUserDataFolder({ env: { XDG_CONFIG_HOME: '/c' } })).toBe('/c/protokollant');
    expect(resolveUserDataFolder({ env: {}, home: '/home/u' })).toBe(
      '/home/u/.config/protokollant',
    );
  });
});
