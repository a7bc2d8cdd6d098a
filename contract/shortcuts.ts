import type { MenuCommand } from './host-api';

/**
 * The keyboard shortcuts of the menu commands, one table for both menus: the browser mode's
 * menu bar shows and handles them (renderer/shell/commands.ts), the Electron menu turns them
 * into accelerators (electron/menu.ts). "Mod" is Ctrl (Cmd on macOS).
 *
 * Browsers keep Ctrl+N/T/W for themselves and the editor owns Ctrl+B/I/U, Ctrl+Shift+F/K/U/X
 * and Ctrl+Alt+B/M/0/3/4; Ctrl+Alt+E/Q/M give €, @ and µ on German keyboards (AltGr), so the
 * review commands use other letters.
 */
export type ShortcutCommand = MenuCommand | 'cut' | 'copy' | 'paste' | 'fullscreen';

export const SHORTCUTS: Partial<Record<ShortcutCommand, string>> = {
  new: 'Mod+N',
  open: 'Mod+O',
  followUp: 'Mod+Alt+N',
  import: 'Mod+Shift+O',
  importVorlage: 'Mod+Shift+B',
  save: 'Mod+S',
  saveAs: 'Mod+Shift+S',
  exportDocx: 'Mod+E',
  exportPdf: 'Mod+Shift+E',
  exportExtract: 'Mod+Shift+D',
  undo: 'Mod+Z',
  redo: 'Mod+Y',
  cut: 'Mod+X',
  copy: 'Mod+C',
  paste: 'Mod+V',
  find: 'Mod+F',
  preview: 'Mod+P',
  fullscreen: 'F11',
  check: 'F9',
  reviewPanel: 'Mod+Alt+R',
  sendForReview: 'Mod+Alt+P',
  returnToDraft: 'Mod+Alt+Z',
  sign: 'Mod+Alt+S',
  saveVersion: 'Mod+Alt+V',
  changesSinceReview: 'Mod+Alt+D',
  addCorrection: 'Mod+Alt+K',
  about: 'F1',
  editGremium: 'Mod+Alt+G',
  applyGremium: 'Mod+Alt+U',
  archive: 'Mod+Alt+A',
  // Einstellungen › Unterschrift (the signing Identity and keyring)
  signatureSettings: 'Mod+Alt+I',
};

/**
 * Shortcuts the focused field handles itself (the editor's undo and find, the browser's
 * clipboard): the menu shows them, the global key handler leaves them alone.
 */
export const FIELD_SHORTCUTS: ReadonlySet<ShortcutCommand> = new Set([
  'undo',
  'redo',
  'cut',
  'copy',
  'paste',
  'find',
]);

/** Electron's accelerator of a shortcut: "Mod+Shift+E" → "CmdOrCtrl+Shift+E". */
export function accelerator(command: ShortcutCommand): string | undefined {
  return SHORTCUTS[command]?.replace('Mod', 'CmdOrCtrl');
}

/** Whether a key press is the shortcut `shortcut` ("Mod+Alt+R", "F9"). */
export function matchesShortcut(
  shortcut: string,
  event: {
    key: string;
    code?: string;
    ctrlKey: boolean;
    metaKey: boolean;
    shiftKey: boolean;
    altKey: boolean;
  },
): boolean {
  const parts = shortcut.split('+');
  const key = parts[parts.length - 1]!;
  const mod = parts.includes('Mod');
  const shift = parts.includes('Shift');
  const alt = parts.includes('Alt');
  if ((event.ctrlKey || event.metaKey) !== mod) return false;
  if (event.shiftKey !== shift || event.altKey !== alt) return false;
  if (key.length === 1) {
    // The letter the layout gives (Ctrl+Z is the key labelled Z on a German keyboard too);
    // where Alt changes it (Alt+R is "®" on a Mac) the physical key decides.
    if (/^[a-z]$/i.test(event.key)) return event.key.toUpperCase() === key;
    return event.code === `Key${key}`;
  }
  return event.key === key;
}
