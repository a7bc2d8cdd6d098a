import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Lang } from '../../../core/i18n/catalog';
import { ariaShortcut, withShortcut } from '../i18n';
import { translator } from '../../ui/i18n';
import { icons } from '../toolbar/icons';
import type { FindSession } from './FindSession';

export interface FindBarProps {
  session: FindSession;
  lang: Lang;
  readOnly: boolean;
  /** Focus the query field again (Ctrl+F while the bar is open). */
  focusSignal: number;
  onClosed: () => void;
}

/**
 * The find bar above the page, as in Word's navigation: Enter and Shift+Enter step through the
 * matches, the count reads "3 von 12", Escape closes and leaves the caret on the match.
 */
export function FindBar({ session, lang, readOnly, focusSignal, onClosed }: FindBarProps) {
  const status = useSyncExternalStore(session.subscribe, session.status);
  const tr = translator(lang);
  const query = useRef<HTMLInputElement>(null);
  const replaceInput = useRef<HTMLInputElement>(null);
  const [replacement, setReplacement] = useState('');
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    query.current?.focus();
    query.current?.select();
  }, [focusSignal]);

  if (!status.open) return null;

  const close = () => {
    session.close(true);
    onClosed();
  };
  const count =
    status.query === ''
      ? ''
      : status.total === 0
        ? tr('editor.find.none')
        : tr('editor.find.count', {
            current: status.current,
            total: status.capped ? `${status.total}+` : status.total,
          });

  return (
    <div
      className="pk-findbar"
      role="search"
      aria-label={tr('editor.find.bar')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          close();
        } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f') {
          event.preventDefault();
          query.current?.select();
        }
      }}
    >
      <div className="pk-find-row">
        <button
          type="button"
          className="pk-tool pk-tool--small"
          aria-label={tr('editor.find.toggleReplace')}
          title={withShortcut(lang, tr('editor.find.toggleReplace'), 'Ctrl+H')}
          aria-expanded={status.replace}
          disabled={readOnly}
          onClick={() => session.setReplaceVisible(!status.replace)}
        >
          {status.replace ? icons.down : icons.up}
        </button>
        <input
          ref={query}
          className="pk-find-input"
          type="search"
          name="find"
          aria-label={tr('editor.find.query')}
          placeholder={tr('editor.find.query')}
          value={status.query}
          spellCheck={false}
          onChange={(event) => session.setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              if (event.shiftKey) session.previous();
              else session.next();
            }
          }}
        />
        <span className="pk-find-count" aria-live="polite" data-testid="find-count">
          {count}
        </span>
        <button
          type="button"
          className="pk-tool pk-tool--small"
          aria-label={tr('editor.find.previous')}
          title={withShortcut(lang, tr('editor.find.previous'), 'Shift+Enter')}
          aria-keyshortcuts={ariaShortcut('Shift+Enter')}
          disabled={status.total === 0}
          onClick={() => session.previous()}
        >
          {icons.up}
        </button>
        <button
          type="button"
          className="pk-tool pk-tool--small"
          aria-label={tr('editor.find.next')}
          title={withShortcut(lang, tr('editor.find.next'), 'Enter')}
          aria-keyshortcuts="Enter"
          disabled={status.total === 0}
          onClick={() => session.next()}
        >
          {icons.down}
        </button>
        <label className="pk-find-case" title={tr('editor.find.matchCase')}>
          <input
            type="checkbox"
            checked={status.matchCase}
            onChange={(event) => session.setMatchCase(event.target.checked)}
          />
          <span aria-hidden="true">Aa</span>
          <span className="pk-visually-hidden">{tr('editor.find.matchCase')}</span>
        </label>
        <button
          type="button"
          className="pk-tool pk-tool--small"
          aria-label={tr('editor.find.close')}
          title={withShortcut(lang, tr('editor.find.close'), 'Esc')}
          onClick={close}
        >
          {icons.close}
        </button>
      </div>
      {status.replace && !readOnly && (
        <div className="pk-find-row">
          <span className="pk-find-spacer" />
          <input
            ref={replaceInput}
            className="pk-find-input"
            type="text"
            name="replace"
            aria-label={tr('editor.find.replacement')}
            placeholder={tr('editor.find.replacement')}
            value={replacement}
            spellCheck={false}
            onChange={(event) => setReplacement(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                session.replace(replacement);
              }
            }}
          />
          <button
            type="button"
            className="pk-button"
            disabled={status.total === 0}
            onClick={() => {
              session.replace(replacement);
              // The button may turn disabled (no match left): keep the focus in the bar.
              replaceInput.current?.focus();
            }}
          >
            {tr('editor.find.replace')}
          </button>
          <button
            type="button"
            className="pk-button"
            disabled={status.total === 0}
            onClick={() => {
              const n = session.replaceAll(replacement);
              setAnnounce(tr('editor.find.replaced', { count: n }));
              replaceInput.current?.focus();
            }}
          >
            {tr('editor.find.replaceAll')}
          </button>
          <span className="pk-find-count" aria-live="polite">
            {announce}
          </span>
        </div>
      )}
    </div>
  );
}
