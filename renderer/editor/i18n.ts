import { t, type Lang } from '../../core/i18n/catalog';

/**
 * A shortcut as the clerk reads it: "Ctrl+Shift+7" becomes "Strg+Umschalt+7" in German.
 * Shortcuts are written in English key names in code and translated for display only.
 */
export function shortcutLabel(lang: Lang, shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) =>
      part === 'Ctrl'
        ? t(lang, 'editor.key.ctrl')
        : part === 'Shift'
          ? t(lang, 'editor.key.shift')
          : part === 'Alt'
            ? t(lang, 'editor.key.alt')
            : part === 'Enter'
              ? t(lang, 'editor.key.enter')
              : part,
    )
    .join('+');
}

/** "Fett (Strg+B)": the tooltip of a toolbar button. */
export function withShortcut(lang: Lang, label: string, shortcut?: string): string {
  return shortcut ? `${label} (${shortcutLabel(lang, shortcut)})` : label;
}

/** aria-keyshortcuts wants the ARIA spelling ("Control+B"). */
export function ariaShortcut(shortcut: string | undefined): string | undefined {
  return shortcut?.replace(/\bCtrl\b/g, 'Control');
}
