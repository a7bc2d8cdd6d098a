import { useCallback, useEffect, useState } from 'react';
import type { HostResponse } from '../../contract/host-api';
import {
  applyVorlage,
  beratungsunterlageSentence,
  defaultPlan,
  itemSections,
  type PartBlock,
  type VorlagePartKey,
  type VorlagePlan,
} from '../../core/import/vorlage';
import { t, type Lang } from '../../core/i18n/catalog';
import type { ProtocolDocument } from '../../core/model/schema';
import { useShell } from '../ui/context';
import { Modal } from '../ui/Modal';

type Target = VorlagePartKey | 'beratungsunterlage';

interface Pending {
  vorlage: HostResponse<'vorlage.read'>;
  itemId: string;
}

export interface VorlageUndo {
  before: ProtocolDocument;
  after: ProtocolDocument;
}

interface Options {
  lang: Lang;
  /** The document with the editor's pending text handed over. */
  current(): ProtocolDocument;
  itemId: string | null;
  /** Puts the new document in place and reloads the item's editor with it. */
  replace(next: ProtocolDocument): void;
}

/** Reads a dropped file as base64 (the host reads the bytes; no path leaves the renderer). */
function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(file);
  });
}

/**
 * The Vorlage import of an item: read by the host from a chosen or dropped file, confirmed in
 * a dialog (what goes where), applied as one step that Strg+Z or the note's button undoes.
 */
export function useVorlageImport({ lang, current, itemId, replace }: Options) {
  const { host, report } = useShell();
  const [pending, setPending] = useState<Pending | null>(null);
  const [undo, setUndo] = useState<VorlageUndo | null>(null);

  const read = useCallback(
    async (request: { path: string } | { file: File }) => {
      if (!itemId) {
        report(new Error(t(lang, 'vorlage.noItem')));
        return;
      }
      try {
        const vorlage = await host.call(
          'vorlage.read',
          'path' in request
            ? { path: request.path }
            : { file: { name: request.file.name, data: await base64Of(request.file) } },
        );
        setPending({ vorlage, itemId });
      } catch (error) {
        report(error);
      }
    },
    [host, itemId, lang, report],
  );

  const confirm = useCallback(
    (plan: VorlagePlan) => {
      if (!pending) return;
      const before = current();
      const after = applyVorlage(before, pending.itemId, pending.vorlage, plan, lang);
      setPending(null);
      replace(after);
      setUndo({ before, after });
    },
    [current, lang, pending, replace],
  );

  const undoImport = useCallback(() => {
    if (!undo) return false;
    setUndo(null);
    replace(undo.before);
    return true;
  }, [replace, undo]);

  return {
    read,
    pending,
    cancel: () => setPending(null),
    confirm,
    undo,
    undoImport,
    /** Anything else changed the document: the import is no longer the step to undo. */
    forget: () => setUndo(null),
  };
}

function summary(blocks: readonly PartBlock[], lang: Lang): string {
  const points = blocks.reduce(
    (n, b) => n + (b.kind === 'numberedList' || b.kind === 'bulletList' ? b.items.length : 0),
    0,
  );
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').length;
  const tables = blocks.filter((b) => b.kind === 'table').length;
  return [
    points > 0 ? t(lang, 'vorlage.points', { count: points }) : '',
    paragraphs > 0 ? t(lang, 'vorlage.paragraphs', { count: paragraphs }) : '',
    tables > 0 ? t(lang, 'vorlage.tables', { count: tables }) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function preview(blocks: readonly PartBlock[]): string {
  const first = blocks[0];
  const text = !first
    ? ''
    : first.kind === 'paragraph'
      ? first.text
      : first.kind === 'table'
        ? (first.rows[0] ?? []).join(' | ')
        : (first.items[0] ?? '');
  return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}

/** "What goes where": each part with its target section, the header fields to fill. */
export function VorlageDialog({
  document,
  pending,
  lang,
  onCancel,
  onConfirm,
}: {
  document: ProtocolDocument;
  pending: Pending;
  lang: Lang;
  onCancel(): void;
  onConfirm(plan: VorlagePlan): void;
}) {
  const { vorlage, itemId } = pending;
  const [plan, setPlan] = useState<VorlagePlan>(() => defaultPlan(document, itemId, vorlage));
  const item = document.items.find((i) => i.id === itemId);
  const sections = item ? itemSections(item.content) : [];
  const sentence = beratungsunterlageSentence(vorlage, lang);
  const rows: { key: Target; label: string; detail: string; text: string }[] = [
    ...(sentence
      ? [
          {
            key: 'beratungsunterlage' as const,
            label: t(lang, 'vorlage.part.beratungsunterlage'),
            detail: '',
            text: sentence,
          },
        ]
      : []),
    ...vorlage.parts.map((part) => ({
      key: part.key,
      label: t(lang, `vorlage.part.${part.key}`),
      detail: summary(part.blocks, lang),
      text: preview(part.blocks),
    })),
  ];
  const headerRows: { field: keyof VorlagePlan['header']; label: string; value: string }[] = [
    { field: 'paperRef', label: 'Drucksache', value: vorlage.paperRef },
    { field: 'title', label: 'Betreff', value: vorlage.title },
    { field: 'fileRef', label: 'GZ', value: vorlage.fileRef },
  ];
  return (
    <Modal
      title={t(lang, 'vorlage.dialogTitle')}
      onCancel={onCancel}
      wide
      testId="vorlage-dialog"
      footer={
        <>
          <button type="button" className="pk-button" onClick={onCancel}>
            {t(lang, 'vorlage.cancel')}
          </button>
          <button
            type="button"
            className="pk-button pk-button-primary"
            data-autofocus
            onClick={() => onConfirm(plan)}
          >
            {t(lang, 'vorlage.insert')}
          </button>
        </>
      }
    >
      <p className="pk-modal-message">{t(lang, 'vorlage.dialogIntro', { name: vorlage.name })}</p>
      {rows.map((row) => (
        <label key={row.key} className="pk-field" data-part={row.key}>
          <span>
            {row.label}
            {row.detail ? ` (${row.detail})` : ''}: <q>{row.text}</q>
          </span>
          <select
            aria-label={`${t(lang, 'vorlage.target')}: ${row.label}`}
            value={plan.targets[row.key] ?? ''}
            onChange={(event) =>
              setPlan((p) => ({
                ...p,
                targets: { ...p.targets, [row.key]: event.target.value || null },
              }))
            }
          >
            <option value="">{t(lang, 'vorlage.targetSkip')}</option>
            {sections.map((s) => (
              <option key={s.key} value={s.key}>
                {s.title}
              </option>
            ))}
          </select>
        </label>
      ))}
      <fieldset className="pk-field">
        <legend>{t(lang, 'vorlage.header')}</legend>
        {headerRows
          .filter((r) => r.value !== '')
          .map((r) => {
            const filled = (item?.[r.field] ?? '') !== '';
            return (
              <label key={r.field} data-field={r.field}>
                <input
                  type="checkbox"
                  checked={plan.header[r.field] && !filled}
                  disabled={filled}
                  onChange={(event) =>
                    setPlan((p) => ({
                      ...p,
                      header: { ...p.header, [r.field]: event.target.checked },
                    }))
                  }
                />{' '}
                {r.label}: {r.value}
                {filled ? ` (${t(lang, 'vorlage.headerFilled')})` : ''}
              </label>
            );
          })}
      </fieldset>
    </Modal>
  );
}

/** Strg+Z right after the import takes it back, header and text in one step. */
export function useUndoKey(active: boolean, undo: () => boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return;
      if (event.key.toLowerCase() !== 'z') return;
      if (document.activeElement?.closest('[aria-modal="true"]')) return;
      if (undo()) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [active, undo]);
}
