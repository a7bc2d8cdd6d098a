import { useContext, useEffect, useRef, useState } from 'react';
import { MENU, shortcutLabel, type MenuEntry } from './commands';
import { LangContext, useT } from './i18n';

interface MenuBarProps {
  hasDocument: boolean;
  onCommand(command: MenuEntry['command']): void;
}

/** The browser mode's menu bar (Electron shows native menus instead). */
export function MenuBar({ hasDocument, onCommand }: MenuBarProps) {
  const t = useT();
  const lang = useContext(LangContext);
  const [open, setOpen] = useState<number | null>(null);
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    if (open === null) return;
    const close = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(null);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  return (
    <nav className="pk-menubar" ref={ref} aria-label={t('shell.frame.menuHint')}>
      <span className="pk-menubar-brand" aria-hidden="true">
        P
      </span>
      <ul className="pk-menubar-items" role="menubar">
        {MENU.map((section, index) => (
          <li key={section.label} className="pk-menubar-item" role="none">
            <button
              type="button"
              role="menuitem"
              aria-haspopup="true"
              aria-expanded={open === index}
              className={`pk-menubar-button${open === index ? ' is-open' : ''}`}
              onClick={() => setOpen(open === index ? null : index)}
              onMouseEnter={() => open !== null && setOpen(index)}
              onKeyDown={(event) => {
                if (event.key === 'Escape') setOpen(null);
              }}
            >
              {t(section.label)}
            </button>
            {open === index ? (
              <ul
                className="pk-menubar-list"
                role="menu"
                onKeyDown={(event) => event.key === 'Escape' && setOpen(null)}
              >
                {section.entries.map((entry, i) =>
                  entry === 'separator' ? (
                    <li key={`sep-${i}`} role="separator" className="pk-menu-separator" />
                  ) : (
                    <li key={entry.command} role="none">
                      <button
                        type="button"
                        role="menuitem"
                        className="pk-menu-entry"
                        disabled={entry.needsDocument && !hasDocument}
                        onMouseDown={(event) => event.preventDefault()}
                        onClick={() => {
                          setOpen(null);
                          onCommand(entry.command);
                        }}
                      >
                        <span>{t(entry.label)}</span>
                        {entry.shortcut ? (
                          <kbd className="pk-menu-shortcut">
                            {shortcutLabel(entry.shortcut, lang)}
                          </kbd>
                        ) : null}
                      </button>
                    </li>
                  ),
                )}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </nav>
  );
}
