import type { MenuCommand } from '../../contract/host-api';
import {
  FIELD_SHORTCUTS,
  matchesShortcut,
  SHORTCUTS,
  type ShortcutCommand,
} from '../../contract/shortcuts';
import type { MessageKey } from '../../core/i18n/catalog';

/**
 * The in-app menu bar of the browser mode (Electron has native menus with the same entries,
 * built in electron/menu.ts) and its keyboard shortcuts. Browsers reserve some keys (Ctrl+N
 * opens a browser window in most of them); the menu always works.
 */
export interface MenuEntry {
  command: ShortcutCommand | 'language';
  label: MessageKey;
  /** Needs an open document. */
  needsDocument?: boolean;
}

export interface MenuSection {
  label: MessageKey;
  entries: (MenuEntry | 'separator')[];
}

/** The shortcut of an entry, from the table both menus share. */
export function entryShortcut(entry: MenuEntry): string | undefined {
  return entry.command === 'language' ? undefined : SHORTCUTS[entry.command];
}

export const MENU: MenuSection[] = [
  {
    label: 'shell.menu.file',
    entries: [
      { command: 'new', label: 'shell.menu.new' },
      { command: 'open', label: 'shell.menu.open' },
      { command: 'followUp', label: 'shell.menu.followUp' },
      { command: 'import', label: 'shell.menu.import' },
      { command: 'importVorlage', label: 'vorlage.menu', needsDocument: true },
      'separator',
      { command: 'editGremium', label: 'gremium.menu.edit' },
      { command: 'applyGremium', label: 'gremium.menu.apply', needsDocument: true },
      { command: 'archive', label: 'gremium.menu.archive' },
      'separator',
      { command: 'save', label: 'shell.menu.save', needsDocument: true },
      { command: 'saveAs', label: 'shell.menu.saveAs', needsDocument: true },
      'separator',
      { command: 'exportDocx', label: 'shell.menu.exportDocx', needsDocument: true },
      { command: 'exportPdf', label: 'shell.menu.exportPdf', needsDocument: true },
      { command: 'exportExtract', label: 'shell.menu.exportExtract', needsDocument: true },
      'separator',
      { command: 'close', label: 'shell.menu.close', needsDocument: true },
    ],
  },
  {
    label: 'shell.menu.edit',
    entries: [
      { command: 'undo', label: 'shell.menu.undo', needsDocument: true },
      { command: 'redo', label: 'shell.menu.redo', needsDocument: true },
      'separator',
      { command: 'cut', label: 'shell.menu.cut', needsDocument: true },
      { command: 'copy', label: 'shell.menu.copy', needsDocument: true },
      { command: 'paste', label: 'shell.menu.paste', needsDocument: true },
      'separator',
      { command: 'find', label: 'shell.menu.find', needsDocument: true },
    ],
  },
  {
    label: 'shell.menu.view',
    entries: [
      { command: 'preview', label: 'shell.menu.preview', needsDocument: true },
      { command: 'fullscreen', label: 'shell.menu.fullscreen' },
      'separator',
      { command: 'language', label: 'shell.menu.language' },
    ],
  },
  {
    label: 'reviewUi.menu.title',
    entries: [
      { command: 'check', label: 'workspace.checkMenu', needsDocument: true },
      'separator',
      { command: 'reviewPanel', label: 'reviewUi.menu.panel', needsDocument: true },
      'separator',
      { command: 'sendForReview', label: 'reviewUi.action.send', needsDocument: true },
      { command: 'returnToDraft', label: 'reviewUi.action.return', needsDocument: true },
      { command: 'sign', label: 'reviewUi.action.sign', needsDocument: true },
      'separator',
      { command: 'saveVersion', label: 'reviewUi.action.saveVersion', needsDocument: true },
      {
        command: 'changesSinceReview',
        label: 'reviewUi.action.changesSinceReview',
        needsDocument: true,
      },
      'separator',
      { command: 'addCorrection', label: 'reviewUi.action.addCorrection', needsDocument: true },
      'separator',
      // The user's key and the body's keyring: no document needed.
      { command: 'signatureSettings', label: 'signSettings.menu' },
    ],
  },
  {
    label: 'shell.menu.help',
    entries: [{ command: 'about', label: 'shell.menu.about' }],
  },
];

/** A shortcut as the user's keyboard labels it: "Strg+Umschalt+S" / "Ctrl+Shift+S". */
export function shortcutLabel(shortcut: string, lang: 'de' | 'en'): string {
  return shortcut
    .replace('Mod', lang === 'de' ? 'Strg' : 'Ctrl')
    .replace('Shift', lang === 'de' ? 'Umschalt' : 'Shift');
}

/**
 * The command of a key press in browser mode, or null. Shortcuts a field handles itself
 * (undo, find, the clipboard), F9 (App's region handler toggles the check) and F11 (the browser's
 * own full screen) pass through.
 */
export function shortcutCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> &
    Partial<Pick<KeyboardEvent, 'code'>>,
): MenuCommand | null {
  for (const [command, shortcut] of Object.entries(SHORTCUTS) as [ShortcutCommand, string][]) {
    // F9 opens and closes the check from anywhere: App's F6/F9 handler does it.
    if (FIELD_SHORTCUTS.has(command) || command === 'fullscreen' || command === 'check') continue;
    if (matchesShortcut(shortcut, event)) return command as MenuCommand;
  }
  return null;
}
