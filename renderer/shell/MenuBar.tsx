import { useContext, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { entryShortcut, MENU, shortcutLabel, type MenuEntry } from './commands';
import { rememberFocus, type FocusReturn } from '../ui/focusReturn';
import { LangContext, useT } from '../ui/i18n';

interface MenuBarProps {
  hasDocument: boolean;
  onCommand(command: MenuEntry['command']): void;
}

const isEntry = (e: MenuEntry | 'separator'): e is MenuEntry => e !== 'separator';

const enabledIn = (list: HTMLElement | null) => [
  ...(list?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? []),
];

/**
 * The browser mode's menu bar (Electron shows native menus instead), worked by keyboard as in
 * desktop programs: F10 or Alt alone goes to it and back, arrows move, Enter or ↓ opens a menu,
 * a letter jumps to the entry starting with it, Escape goes back to where the clerk was.
 */
export function MenuBar({ hasDocument, onCommand }: MenuBarProps) {
  const t = useT();
  const lang = useContext(LangContext);
  const [open, setOpen] = useState<number | null>(null);
  // The one top-level button in the tab order (roving tab stop, as menu bars have).
  const [current, setCurrent] = useState(0);
  const ref = useRef<HTMLElement>(null);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const list = useRef<HTMLUListElement>(null);
  /** Where the focus was before the menu bar got it: it goes back there. */
  const returnTo = useRef<FocusReturn | null>(null);
  /** Focus the first entry of the menu once it is drawn. */
  const focusEntry = useRef<'first' | 'last' | null>(null);

  useEffect(() => {
    if (open === null) return;
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(null);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  useEffect(() => {
    if (open === null || !focusEntry.current || !list.current) return;
    const entries = enabledIn(list.current);
    (focusEntry.current === 'first' ? entries[0] : entries[entries.length - 1])?.focus();
    focusEntry.current = null;
  });

  const focusTop = (index: number) => {
    const n = MENU.length;
    const i = ((index % n) + n) % n;
    setCurrent(i);
    buttons.current[i]?.focus();
    return i;
  };

  const goBack = () => {
    setOpen(null);
    // Next time the menu bar starts at its first menu, as desktop programs do.
    setCurrent(0);
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.element?.isConnected) back.restore();
    else (document.activeElement as HTMLElement | null)?.blur?.();
  };

  // F10, or Alt pressed and let go alone: to the menu bar, and back when pressed again.
  useEffect(() => {
    let altAlone = false;
    const toggle = (event: globalThis.KeyboardEvent) => {
      event.preventDefault();
      event.stopPropagation();
      if (ref.current?.contains(document.activeElement)) goBack();
      else {
        returnTo.current = rememberFocus();
        focusTop(0);
      }
    };
    const down = (event: globalThis.KeyboardEvent) => {
      altAlone = event.key === 'Alt' && !event.ctrlKey && !event.shiftKey && !event.metaKey;
      const plain = !event.ctrlKey && !event.shiftKey && !event.metaKey && !event.altKey;
      if (event.key === 'F10' && plain) toggle(event);
    };
    const up = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Alt' && altAlone) toggle(event);
      altAlone = false;
    };
    // A dialog has the keys to itself; the menu bar waits behind it.
    const inDialog = () => document.activeElement?.closest('[aria-modal="true"]') !== null;
    const onDown = (event: globalThis.KeyboardEvent) => (inDialog() ? undefined : down(event));
    const onUp = (event: globalThis.KeyboardEvent) => (inDialog() ? undefined : up(event));
    const reset = () => (altAlone = false);
    window.addEventListener('keydown', onDown, true);
    window.addEventListener('keyup', onUp, true);
    window.addEventListener('mousedown', reset, true);
    window.addEventListener('blur', reset);
    return () => {
      window.removeEventListener('blur', reset);
      window.removeEventListener('keydown', onDown, true);
      window.removeEventListener('keyup', onUp, true);
      window.removeEventListener('mousedown', reset, true);
    };
  });

  const openMenu = (index: number, entry: 'first' | 'last' = 'first') => {
    const i = focusTop(index);
    focusEntry.current = entry;
    setOpen(i);
  };

  const activate = (entry: MenuEntry) => {
    // Back to the document first: a dialog the command opens returns the focus there.
    goBack();
    onCommand(entry.command);
  };

  const onTopKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const keys: Record<string, () => void> = {
      ArrowRight: () => (open === null ? focusTop(index + 1) : openMenu(index + 1)),
      ArrowLeft: () => (open === null ? focusTop(index - 1) : openMenu(index - 1)),
      Home: () => focusTop(0),
      End: () => focusTop(MENU.length - 1),
      ArrowDown: () => openMenu(index),
      ArrowUp: () => openMenu(index, 'last'),
      Enter: () => openMenu(index),
      ' ': () => openMenu(index),
      Escape: () => (open === null ? goBack() : setOpen(null)),
    };
    const run = keys[event.key];
    if (!run) return;
    event.preventDefault();
    event.stopPropagation();
    run();
  };

  const onListKey = (event: KeyboardEvent<HTMLUListElement>, index: number) => {
    const entries = enabledIn(list.current);
    const at = entries.indexOf(document.activeElement as HTMLButtonElement);
    const move = (delta: number) =>
      entries[(at + delta + entries.length) % entries.length]?.focus();
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(at < 0 ? 0 : -1),
      Home: () => entries[0]?.focus(),
      End: () => entries[entries.length - 1]?.focus(),
      ArrowRight: () => openMenu(index + 1),
      ArrowLeft: () => openMenu(index - 1),
      Escape: () => {
        setOpen(null);
        focusTop(index);
      },
      Tab: () => goBack(),
      Enter: () => entries[at]?.click(),
      ' ': () => entries[at]?.click(),
    };
    const run = keys[event.key];
    if (run) {
      // Handled here, and nowhere else: no Enter reaches the document or reopens a menu.
      event.preventDefault();
      event.stopPropagation();
      run();
      return;
    }
    // A letter jumps to the next entry that starts with it.
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const letter = event.key.toLocaleLowerCase(lang);
      const starts = (b: HTMLButtonElement) =>
        (b.textContent ?? '').trim().toLocaleLowerCase(lang).startsWith(letter);
      const next = [...entries.slice(at + 1), ...entries.slice(0, at + 1)].find(starts);
      event.preventDefault();
      next?.focus();
    }
  };

  return (
    <nav
      className="pk-menubar"
      ref={ref}
      aria-label={t('shell.frame.menuHint')}
      onFocus={(event) => {
        const from = event.relatedTarget as HTMLElement | null;
        if (from && !ref.current?.contains(from)) returnTo.current = rememberFocus(from);
      }}
    >
      <span className="pk-menubar-brand" aria-hidden="true">
        P
      </span>
      <ul className="pk-menubar-items" role="menubar" aria-label={t('vorlage.menubarHint')}>
        {MENU.map((section, index) => (
          <li key={section.label} className="pk-menubar-item" role="none">
            <button
              type="button"
              role="menuitem"
              aria-haspopup="true"
              aria-expanded={open === index}
              tabIndex={index === current ? 0 : -1}
              ref={(node) => {
                buttons.current[index] = node;
              }}
              className={`pk-menubar-button${open === index ? ' is-open' : ''}`}
              onClick={() => {
                setCurrent(index);
                setOpen(open === index ? null : index);
              }}
              onMouseEnter={() => open !== null && setOpen(index)}
              onKeyDown={(event) => onTopKey(event, index)}
            >
              {t(section.label)}
            </button>
            {open === index ? (
              <ul
                className="pk-menubar-list"
                role="menu"
                aria-label={t(section.label)}
                ref={list}
                onKeyDown={(event) => onListKey(event, index)}
              >
                {section.entries.map((entry, i) => {
                  if (!isEntry(entry))
                    return <li key={`sep-${i}`} role="separator" className="pk-menu-separator" />;
                  const shortcut = entryShortcut(entry);
                  return (
                    <li key={entry.command} role="none">
                      <button
                        type="button"
                        role="menuitem"
                        tabIndex={-1}
                        className="pk-menu-entry"
                        disabled={entry.needsDocument && !hasDocument}
                        aria-keyshortcuts={shortcut?.replace('Mod', 'Control')}
                        onMouseDown={(event) => event.preventDefault()}
                        onClick={() => activate(entry)}
                      >
                        <span>{t(entry.label)}</span>
                        {shortcut ? (
                          <kbd className="pk-menu-shortcut">{shortcutLabel(shortcut, lang)}</kbd>
                        ) : null}
                      </button>
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}
