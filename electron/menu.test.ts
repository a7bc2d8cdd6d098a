import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../contract/host-api';
import { SHORTCUTS } from '../contract/shortcuts';
import { filesFromArgv } from './argv';
import { buildMenuTemplate, type MenuOptions } from './menu';

function options(patch: Partial<MenuOptions> = {}): MenuOptions {
  return {
    lang: 'de',
    isDev: false,
    platform: 'linux',
    recent: [
      {
        path: '/d/a.protokoll',
        name: 'a.protokoll',
        openedAt: '2026-01-01T00:00:00Z',
        exists: true,
      },
      {
        path: '/d/b.protokoll',
        name: 'b.protokoll',
        openedAt: '2026-01-01T00:00:00Z',
        exists: false,
      },
    ],
    command: vi.fn(),
    openRecent: vi.fn(),
    setLanguage: vi.fn(),
    about: vi.fn(),
    ...patch,
  };
}

function items(menu: MenuItemConstructorOptions): MenuItemConstructorOptions[] {
  return (menu.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator');
}

function find(template: MenuItemConstructorOptions[], top: string, label: string) {
  const menu = template.find((m) => m.label === top)!;
  return items(menu).find((i) => i.label === label)!;
}

describe('native menus', () => {
  it('are German with the usual accelerators, and send commands to the renderer', () => {
    const opts = options();
    const template = buildMenuTemplate(opts);
    expect(template.map((m) => m.label)).toEqual([
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Prüfung',
      'Hilfe',
    ]);
    expect(items(template[0]!).map((i) => [i.label, i.accelerator ?? ''])).toEqual([
      ['Neu aus Vorlage…', 'CmdOrCtrl+N'],
      ['Öffnen…', 'CmdOrCtrl+O'],
      ['Folgesitzung…', 'CmdOrCtrl+Alt+N'],
      ['Importieren (OParl, CSV)…', 'CmdOrCtrl+Shift+O'],
      ['Beschlussvorlage importieren…', 'CmdOrCtrl+Shift+B'],
      ['Zuletzt geöffnet', ''],
      ['Gremium bearbeiten…', 'CmdOrCtrl+Alt+G'],
      ['Aus Gremium übernehmen…', 'CmdOrCtrl+Alt+U'],
      ['Archiv öffnen…', 'CmdOrCtrl+Alt+A'],
      ['Speichern', 'CmdOrCtrl+S'],
      ['Speichern unter…', 'CmdOrCtrl+Shift+S'],
      ['Exportieren als DOCX…', 'CmdOrCtrl+E'],
      ['Exportieren als PDF…', 'CmdOrCtrl+Shift+E'],
      ['Auszug exportieren…', 'CmdOrCtrl+Shift+D'],
      ['Schließen', 'CmdOrCtrl+W'],
      ['Beenden', 'Ctrl+Q'],
    ]);
    expect(items(template[1]!).map((i) => i.label)).toEqual([
      'Rückgängig',
      'Wiederholen',
      'Ausschneiden',
      'Kopieren',
      'Einfügen',
      'Alles auswählen',
      'Suchen',
    ]);
    const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();
    click(find(template, 'Datei', 'Speichern unter…'));
    click(find(template, 'Ansicht', 'Vorschau'));
    expect(opts.command).toHaveBeenCalledWith('saveAs');
    expect(opts.command).toHaveBeenCalledWith('preview');
    const recent = find(template, 'Datei', 'Zuletzt geöffnet')
      .submenu as MenuItemConstructorOptions[];
    expect(recent.map((r) => [r.label, r.enabled])).toEqual([
      ['a.protokoll', true],
      ['b.protokoll', false],
    ]);
    click(recent[0]!);
    expect(opts.openRecent).toHaveBeenCalledWith('/d/a.protokoll');
    click(find(template, 'Hilfe', 'Über Protokollant'));
    expect(opts.about).toHaveBeenCalled();
  });

  it('have the shortcuts of the browser menu bar, from the one table', () => {
    const sent: { command: MenuCommand | null } = { command: null };
    const template = buildMenuTemplate(options({ command: (c) => (sent.command = c) }));
    const checked: MenuCommand[] = [];
    for (const item of template.flatMap((m) => items(m))) {
      sent.command = null;
      (item.click as (() => void) | undefined)?.();
      const command = sent.command as MenuCommand | null;
      // Ctrl+W closes a window in Electron; in the browser mode it is the browser's own.
      if (command === null || command === 'close') continue;
      expect(item.accelerator, command).toBe(SHORTCUTS[command]?.replace('Mod', 'CmdOrCtrl'));
      checked.push(command);
    }
    expect(checked).toEqual(expect.arrayContaining(['exportPdf', 'importVorlage', 'sign']));
  });

  it('speak English when the setting says so', () => {
    const template = buildMenuTemplate(options({ lang: 'en', recent: [] }));
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Review', 'Help']);
    expect(find(template, 'File', 'Save as…').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(
      (find(template, 'File', 'Open recent').submenu as MenuItemConstructorOptions[])[0]!.label,
    ).toBe('No entries');
  });

  it('show developer tools only in development, and the app menu on macOS', () => {
    const labels = (o: MenuOptions) =>
      items(buildMenuTemplate(o).find((m) => m.label === 'Ansicht')!).map((i) => i.label);
    expect(labels(options())).not.toContain('Entwicklerwerkzeuge');
    expect(labels(options({ isDev: true }))).toContain('Entwicklerwerkzeuge');
    const mac = buildMenuTemplate(options({ platform: 'darwin' }));
    expect(mac[0]!.role).toBe('appMenu');
    expect(items(mac[1]!).map((i) => i.label)).not.toContain('Beenden');
  });
});

describe('command line', () => {
  it('takes .protokoll files, resolved against the working folder, and skips options', () => {
    expect(
      filesFromArgv(
        [
          '/opt/Protokollant/protokollant',
          '--no-sandbox',
          'a.protokoll',
          '/abs/B.PROTOKOLL',
          'notes.txt',
        ],
        '/home/u',
      ),
    ).toEqual(['/home/u/a.protokoll', '/abs/B.PROTOKOLL']);
    expect(filesFromArgv(['electron', '.', 'x.protokoll'], '/w')).toEqual(['/w/x.protokoll']);
  });
});
