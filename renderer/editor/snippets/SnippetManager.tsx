import { useMemo, useRef, useState } from 'react';
import type { Lang } from '../../../core/i18n/catalog';
import { t } from '../../../core/i18n/catalog';
import type { AgendaItem, ProtocolDocument } from '../../../core/model/schema';
import type { Snippet, SnippetSet } from '../../../core/snippets/model';
import { validateSnippets } from '../../../core/snippets/validate';
import { fillSnippet, SNIPPET_VARIABLES } from '../../../core/snippets/variables';
import { translator } from '../../ui/i18n';
import { Modal } from '../../ui/Modal';
import { mergeSnippetSets, type SnippetLibrary } from './library';

export interface SnippetManagerProps {
  library: SnippetLibrary;
  lang: Lang;
  /** For the preview: the snippet filled as it would be inserted here. */
  document: ProtocolDocument | null;
  item: AgendaItem | undefined;
  onClose: () => void;
}

function freshId(taken: readonly Snippet[]): string {
  const ids = new Set(taken.map((s) => s.id));
  for (let n = 1; ; n++) if (!ids.has(`baustein-${n}`)) return `baustein-${n}`;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

const messageOf = (failure: unknown) =>
  failure instanceof Error ? failure.message : String(failure);

/**
 * The snippet dialog: the clerk adds, edits and deletes snippets, sees what one makes of this
 * document, and exports or imports a portable snippet file. Nothing is stored until "Save";
 * the host checks the whole set and refuses it with a message that says why.
 */
export function SnippetManager({ library, lang, document, item, onClose }: SnippetManagerProps) {
  const tr = translator(lang);
  const [snippets, setSnippets] = useState<Snippet[]>(() =>
    library.set.snippets.map((s) => ({ ...s })),
  );
  const [selected, setSelected] = useState(0);
  const [dirty, setDirty] = useState(false);
  const [path, setPath] = useState(library.suggestedPath);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  const textArea = useRef<HTMLTextAreaElement>(null);

  const issues = useMemo(() => validateSnippets(snippets), [snippets]);
  const current = snippets[selected];
  const currentIssues = issues.filter((i) => i.index === selected);
  const preview =
    current && document ? fillSnippet(current.text, document, item).text : current?.text;

  const change = (patch: Partial<Snippet>) => {
    setSnippets((all) =>
      all.map((s, i) => {
        if (i !== selected) return s;
        const next = { ...s, ...patch };
        if (next.shortcut === '') delete next.shortcut;
        return next;
      }),
    );
    setDirty(true);
    setMessage(null);
  };
  const working = (): SnippetSet => ({ ...library.set, snippets });

  const run = async (task: () => Promise<string>) => {
    setBusy(true);
    try {
      setMessage({ kind: 'ok', text: await task() });
    } catch (failure) {
      setMessage({ kind: 'error', text: messageOf(failure) });
    } finally {
      setBusy(false);
    }
  };

  const insertVariable = (name: string) => {
    if (!current) return;
    const area = textArea.current;
    const start = area?.selectionStart ?? current.text.length;
    const end = area?.selectionEnd ?? start;
    const token = `{${name}}`;
    change({ text: current.text.slice(0, start) + token + current.text.slice(end) });
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <Modal
      focusOnly
      title={tr('editor.snippets.title')}
      className="pk-snippet-dialog"
      testId="snippet-dialog"
      onCancel={onClose}
      onSubmit={() =>
        void run(async () => {
          await library.save(working());
          setDirty(false);
          onClose();
          return tr('editor.snippets.saved');
        })
      }
      footer={
        <>
          <span
            className={`pk-snippet-message${message ? ` pk-snippet-message--${message.kind}` : ''}`}
            role="status"
            data-testid="snippet-message"
          >
            {message?.text ??
              (issues.length > 0 ? t(lang, issues[0]!.messageKey, issues[0]!.params) : '')}
          </span>
          <button type="button" className="pk-button" onClick={onClose}>
            {tr('editor.dialog.cancel')}
          </button>
          <button
            type="submit"
            className="pk-button pk-button--primary"
            name="save"
            disabled={busy || issues.length > 0 || !dirty}
          >
            {tr('editor.snippets.save')}
          </button>
        </>
      }
    >
      <div className="pk-snippet-layout">
        <div className="pk-snippet-list">
          <ul role="listbox" aria-label={tr('editor.snippets.list')}>
            {snippets.map((s, i) => (
              <li key={`${s.id}-${i}`} role="none">
                <button
                  type="button"
                  role="option"
                  aria-selected={i === selected}
                  className={`pk-snippet-entry${i === selected ? ' pk-snippet-entry--selected' : ''}${issues.some((x) => x.index === i) ? ' pk-snippet-entry--issue' : ''}`}
                  onClick={() => setSelected(i)}
                >
                  <span>{s.name || tr('editor.snippets.unnamed')}</span>
                  {s.shortcut && <kbd>/{s.shortcut}</kbd>}
                </button>
              </li>
            ))}
          </ul>
          <div className="pk-snippet-list-actions">
            <button
              type="button"
              className="pk-button"
              name="add"
              onClick={() => {
                setSnippets((all) => [
                  ...all,
                  { id: freshId(all), name: tr('editor.snippets.newName'), text: '' },
                ]);
                setSelected(snippets.length);
                setDirty(true);
              }}
            >
              {tr('editor.snippets.add')}
            </button>
            <button
              type="button"
              className="pk-button pk-button--danger"
              name="delete"
              disabled={!current}
              onClick={() => {
                setSnippets((all) => all.filter((_, i) => i !== selected));
                setSelected((i) => Math.max(0, Math.min(i, snippets.length - 2)));
                setDirty(true);
              }}
            >
              {tr('editor.snippets.delete')}
            </button>
          </div>
        </div>

        {current ? (
          <div className="pk-snippet-edit">
            <label className="pk-field">
              <span>{tr('editor.snippets.name')}</span>
              <input
                type="text"
                name="name"
                value={current.name}
                maxLength={200}
                onChange={(e) => change({ name: e.target.value })}
              />
            </label>
            <label className="pk-field pk-field--short">
              <span>{tr('editor.snippets.shortcut')}</span>
              <input
                type="text"
                name="shortcut"
                value={current.shortcut ?? ''}
                maxLength={20}
                onChange={(e) => change({ shortcut: e.target.value.toLowerCase() })}
              />
            </label>
            <label className="pk-field">
              <span>{tr('editor.snippets.text')}</span>
              <textarea
                ref={textArea}
                name="text"
                rows={5}
                value={current.text}
                maxLength={10_000}
                onChange={(e) => change({ text: e.target.value })}
              />
            </label>
            <div
              className="pk-snippet-variables"
              role="group"
              aria-label={tr('editor.snippets.variables')}
            >
              {SNIPPET_VARIABLES.map((v) => (
                <button key={v} type="button" className="pk-chip" onClick={() => insertVariable(v)}>
                  {`{${v}}`}
                </button>
              ))}
            </div>
            <div className="pk-snippet-preview">
              <span className="pk-vote-preview-label">{tr('editor.snippets.preview')}</span>
              <span data-testid="snippet-preview">{preview}</span>
            </div>
            {currentIssues.length > 0 && (
              <ul className="pk-findings">
                {currentIssues.map((issue, i) => (
                  <li key={i} className="pk-finding pk-finding--error">
                    {t(lang, issue.messageKey, issue.params)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        ) : (
          <p className="pk-muted">{tr('editor.snippets.empty')}</p>
        )}
      </div>

      <fieldset className="pk-fieldset pk-snippet-file">
        <legend>{tr('editor.snippets.file')}</legend>
        <div className="pk-snippet-file-row">
          <input
            type="text"
            name="path"
            aria-label={tr('editor.snippets.path')}
            value={path}
            onChange={(e) => setPath(e.target.value)}
          />
          {library.chooseExportPath && (
            <button
              type="button"
              className="pk-button"
              disabled={busy}
              onClick={() =>
                void library.chooseExportPath!().then((chosen) => chosen && setPath(chosen))
              }
            >
              {tr('editor.snippets.browse')}
            </button>
          )}
        </div>
        <div className="pk-snippet-file-row">
          <button
            type="button"
            className="pk-button"
            name="export"
            disabled={busy || path.trim() === '' || issues.length > 0}
            onClick={() =>
              void run(async () => {
                // What is exported is what is stored: unsaved changes are saved first.
                if (dirty) {
                  await library.save(working());
                  setDirty(false);
                }
                await library.exportTo(path.trim());
                return tr('editor.snippets.exported', { path: path.trim() });
              })
            }
          >
            {tr('editor.snippets.export')}
          </button>
          <button
            type="button"
            className="pk-button"
            name="importAdd"
            disabled={busy || path.trim() === ''}
            onClick={() =>
              void run(async () => {
                const imported = await library.importFrom(path.trim());
                setSnippets(mergeSnippetSets(working(), imported).snippets);
                setDirty(true);
                return tr('editor.snippets.imported', { count: imported.snippets.length });
              })
            }
          >
            {tr('editor.snippets.importAdd')}
          </button>
          <button
            type="button"
            className="pk-button"
            name="importReplace"
            disabled={busy || path.trim() === ''}
            onClick={() =>
              void run(async () => {
                const imported = await library.importFrom(path.trim());
                setSnippets(imported.snippets);
                setSelected(0);
                setDirty(true);
                return tr('editor.snippets.imported', { count: imported.snippets.length });
              })
            }
          >
            {tr('editor.snippets.importReplace')}
          </button>
        </div>
      </fieldset>
    </Modal>
  );
}
