import { describe, expect, it } from 'vitest';
import { parseProtokoll } from '../../core/file/format';
import stuttgart from '../../examples/stuttgart-va-2018-06-27-top12.protokoll?raw';
import { SHORTCUTS } from '../../contract/shortcuts';
import { entryShortcut, MENU, shortcutCommand, shortcutLabel } from './commands';
import { pathsOf } from '../ui/paths';
import { suggestedBaseName } from './names';

const paths = pathsOf({ separator: '/', forbiddenInName: '<>:"/\\|?*', caseInsensitive: false });

const key = (
  k: string,
  mods: { ctrl?: boolean; shift?: boolean; alt?: boolean; meta?: boolean } = {},
) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
  metaKey: mods.meta ?? false,
});

describe('browser-mode shortcuts and menu', () => {
  it('map the desktop shortcuts to commands', () => {
    expect(shortcutCommand(key('s', { ctrl: true }))).toBe('save');
    expect(shortcutCommand(key('S', { ctrl: true, shift: true }))).toBe('saveAs');
    expect(shortcutCommand(key('o', { meta: true }))).toBe('open');
    expect(shortcutCommand(key('n', { ctrl: true }))).toBe('new');
    expect(shortcutCommand(key('p', { ctrl: true }))).toBe('preview');
    expect(shortcutCommand(key('e', { ctrl: true }))).toBe('exportDocx');
    expect(shortcutCommand(key('E', { ctrl: true, shift: true }))).toBe('exportPdf');
    expect(shortcutCommand(key('D', { ctrl: true, shift: true }))).toBe('exportExtract');
    expect(shortcutCommand(key('O', { ctrl: true, shift: true }))).toBe('import');
    expect(shortcutCommand(key('B', { ctrl: true, shift: true }))).toBe('importVorlage');
    expect(shortcutCommand(key('F1'))).toBe('about');
    expect(shortcutCommand(key('r', { ctrl: true, alt: true }))).toBe('reviewPanel');
    // Alt on a Mac changes the letter: the physical key decides then
    expect(shortcutCommand({ ...key('ß', { meta: true, alt: true }), code: 'KeyS' })).toBe('sign');
    // typing, and combinations that belong to the editor or the system, pass through
    expect(shortcutCommand(key('s'))).toBeNull();
    expect(shortcutCommand(key('b', { ctrl: true }))).toBeNull();
    expect(shortcutCommand(key('z', { ctrl: true }))).toBeNull();
    expect(shortcutCommand(key('f', { ctrl: true }))).toBeNull();
    expect(shortcutCommand(key('F', { ctrl: true, shift: true }))).toBeNull();
    expect(shortcutCommand(key('b', { ctrl: true, alt: true }))).toBeNull();
    expect(shortcutCommand(key('F11'))).toBeNull();
    expect(shortcutCommand(key('F9'))).toBeNull();
  });

  it('give every export and every dialog a shortcut, shown in the menu as in Electron', () => {
    const entries = MENU.flatMap((s) => s.entries).filter((e) => e !== 'separator');
    for (const entry of entries) {
      if (['close', 'language'].includes(entry.command)) continue;
      expect(entryShortcut(entry), entry.command).toBeDefined();
    }
    // Two commands never share a shortcut.
    const all = Object.values(SHORTCUTS);
    expect(new Set(all).size).toBe(all.length);
  });

  it('label shortcuts the way each language does', () => {
    expect(shortcutLabel('Mod+Shift+S', 'de')).toBe('Strg+Umschalt+S');
    expect(shortcutLabel('Mod+Shift+S', 'en')).toBe('Ctrl+Shift+S');
  });

  it('propose a file name from the document', () => {
    const document = parseProtokoll(stuttgart, 'x');
    expect(suggestedBaseName(document, 'Unbenannt', paths)).toBe(
      'Verwaltungsausschuss 2018-06-27 TOP 12',
    );
    expect(suggestedBaseName(document, 'Unbenannt', paths, 'Auszug TOP 12')).toBe(
      'Verwaltungsausschuss 2018-06-27 TOP 12 Auszug TOP 12',
    );
    const odd = {
      ...document,
      body: { ...document.body, shortName: 'A/B: "C"?' },
      meeting: { ...document.meeting, date: '' },
    };
    expect(suggestedBaseName(odd, 'Unbenannt', paths)).toBe('A B C TOP 12');
    expect(paths.stem('/x/y/VA 12.protokoll')).toBe('VA 12');
  });
});
