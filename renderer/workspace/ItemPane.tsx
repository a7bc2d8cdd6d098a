import { useMemo, useState, type Ref } from 'react';
import type { ItemContent } from '../../core/content/nodes';
import { t, type Lang } from '../../core/i18n/catalog';
import { printedFieldValue } from '../../core/model/fields';
import type { AgendaItem, ProtocolDocument } from '../../core/model/schema';
import { validateHeader } from '../../core/model/validation';
import { findTemplate } from '../../core/templates/registry';
import { ItemEditor } from '../editor/ItemEditor';
import type { ItemEditorHandle, ItemPaneEditorExtras } from './editor-extras';
import { fieldLabel, formFields, HeaderForm } from '../meeting';
import { ItemKindField } from './ItemKindField';

export interface ItemPaneProps {
  document: ProtocolDocument;
  item: AgendaItem;
  lang: Lang;
  readOnly: boolean;
  onChange(next: ProtocolDocument): void;
  onDirty(): void;
  onContent(itemId: string, content: ItemContent): void;
  editorRef: Ref<ItemEditorHandle>;
  revealFindings: boolean;
  /** What the editor needs beyond the text: snippets, comments and suggestion mode. */
  editorExtras: ItemPaneEditorExtras;
}

/**
 * One agenda item on its page: the item's header (the whole Niederschrift header in the
 * per-item form) above its text. The editor owns the text while mounted; it is keyed by the
 * item, so choosing another item mounts a fresh editor with that item's text.
 */
export function ItemPane({
  document,
  item,
  lang,
  readOnly,
  onChange,
  onDirty,
  onContent,
  editorRef,
  revealFindings,
  editorExtras,
}: ItemPaneProps) {
  const sections = useMemo(
    () => findTemplate(document.templateId)?.sections ?? [],
    [document.templateId],
  );
  const perItem = document.form === 'per-item';
  const fields = formFields(document, 'item');
  // A header with gaps opens by itself; a complete one folds to a summary, so the text is in view.
  const complete = validateHeader(document, fields, item).every((f) => f.severity !== 'error');
  const [open, setOpen] = useState(!complete);
  const expanded = open || revealFindings;
  const heading = t(lang, perItem ? 'workspace.itemHeaderPerItem' : 'workspace.itemHeader');
  // The folded header names the body first, as the printed header starts with it.
  const summary = fields
    .filter((f) => f.key !== 'item.title')
    .map((f) => ({ f, value: printedFieldValue(document, item, f.key) }))
    .filter(({ value }) => value !== '');
  return (
    <article
      className="pk-workspace-page"
      aria-label={t(lang, 'workspace.textLabel', { number: item.number })}
    >
      <section
        className={`pk-workspace-page__header${expanded ? '' : ' pk-workspace-page__header--folded'}`}
        data-region="header"
      >
        {expanded ? (
          <>
            <HeaderForm
              document={document}
              onChange={onChange}
              lang={lang}
              scope="item"
              itemId={item.id}
              readOnly={readOnly}
              revealFindings={revealFindings}
              heading={heading}
            />
            <ItemKindField
              document={document}
              item={item}
              lang={lang}
              readOnly={readOnly}
              onChange={onChange}
            />
            <button
              type="button"
              className="pk-fold"
              onClick={() => setOpen(false)}
              aria-expanded="true"
            >
              {t(lang, 'workspace.headerFold')}
            </button>
          </>
        ) : (
          <button
            type="button"
            className="pk-header-summary"
            onClick={() => setOpen(true)}
            aria-expanded="false"
            title={t(lang, 'workspace.headerUnfold')}
            data-testid="header-summary"
          >
            <span className="pk-header-summary__title">{heading}</span>
            <span className="pk-header-summary__fields">
              {summary.map(({ f, value }) => (
                <span key={f.key} className="pk-header-summary__field">
                  <span className="pk-header-summary__label">{fieldLabel(f, lang)}</span> {value}
                </span>
              ))}
            </span>
            <span className="pk-header-summary__subject">{item.title}</span>
          </button>
        )}
      </section>
      <section className="pk-workspace-page__text" data-region="text" data-item={item.id}>
        <ItemEditor
          key={item.id}
          ref={editorRef}
          content={item.content}
          sections={sections}
          lang={lang}
          readOnly={readOnly}
          document={document}
          itemId={item.id}
          {...editorExtras}
          label={t(lang, 'workspace.textLabel', { number: item.number })}
          onDirty={onDirty}
          onChange={(content) => onContent(item.id, content)}
        />
      </section>
    </article>
  );
}
