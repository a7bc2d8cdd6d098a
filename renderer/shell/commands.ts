import type { MenuCommand } from '../../contract/host-api';
import type { MessageKey } from '../../core/i18n/catalog';

/**
 * The in-app menu bar of the browser mode (Electron has native menus with the same entries,
 * built in electron/menu.ts) and its keyboard shortcuts. Browsers reserve some keys (Ctrl+N
 * opens a browser window in most of them); the menu always works.
 */
export interface MenuEntry {
  command: MenuCommand | 'cut' | 'copy' | 'paste' | 'fullscreen' | 'language';
  label: MessageKey;
  shortcut?: string;
  /** Needs an open document. */
  needsDocument?: boolean;
}

export interface MenuSection {
  label: MessageKey;
  entries: (MenuEntry | 'separator')[];
}

export const MENU: MenuSection[] = [
  {
    label: 'shell.menu.file',
    entries: [
      { command: 'new', label: 'shell.menu.new', shortcut: 'Mod+N' },
      { command: 'open', label: 'shell.menu.open', shortcut: 'Mod+O' },
      { command: 'followUp', label: 'shell.menu.followUp' },
      { command: 'import', label: 'shell.menu.import' },
      'separator',
      { command: 'save', label: 'shell.menu.save', shortcut: 'Mod+S', needsDocument: true },
      {
        command: 'saveAs',
        label: 'shell.menu.saveAs',
        shortcut: 'Mod+Shift+S',
        needsDocument: true,
      },
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
      { command: 'undo', label: 'shell.menu.undo', shortcut: 'Mod+Z', needsDocument: true },
      { command: 'redo', label: 'shell.menu.redo', shortcut: 'Mod+Y', needsDocument: true },
      'separator',
      { command: 'cut', label: 'shell.menu.cut', shortcut: 'Mod+X', needsDocument: true },
      { command: 'copy', label: 'shell.menu.copy', shortcut: 'Mod+C', needsDocument: true },
      { command: 'paste', label: 'shell.menu.paste', shortcut: 'Mod+V', needsDocument: true },
      'separator',
      { command: 'find', label: 'shell.menu.find', shortcut: 'Mod+F', needsDocument: true },
    ],
  },
  {
    label: 'shell.menu.view',
    entries: [
      { command: 'preview', label: 'shell.menu.preview', shortcut: 'Mod+P', needsDocument: true },
      { command: 'fullscreen', label: 'shell.menu.fullscreen', shortcut: 'F11' },
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

/** The command of a key press in browser mode, or null. */
export function shortcutCommand(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): MenuCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 's') return event.shiftKey ? 'saveAs' : 'save';
  if (event.shiftKey) return null;
  switch (key) {
    case 'o':
      return 'open';
    case 'n':
      return 'new';
    case 'p':
      return 'preview';
    default:
      return null;
  }
}
