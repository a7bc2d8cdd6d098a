import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import type { ExportKind } from '../../contract/host-api';
import type { ProtocolDocument } from '../../core/model/schema';
import { formatDate, parseGermanDate } from '../../core/style/dates';
import { useShell } from '../ui/context';
import { DialogsContext, type Choice, type Dialogs, type SaveKind } from '../ui/dialogs';
import { useT } from '../ui/i18n';
import { Modal } from '../ui/Modal';
import { FilePicker, type PickerRequest } from './FilePicker';

type Active =
  | {
      kind: 'ask';
      title: string;
      message: string;
      choices: Choice<string>[];
      resolve(id: string | null): void;
    }
  | { kind: 'picker'; request: PickerRequest; resolve(path: string | null): void }
  | { kind: 'date'; initial: string; resolve(iso: string | null): void }
  | {
      kind: 'extract';
      document: ProtocolDocument;
      resolve(value: { itemId: string; kind: ExportKind } | null): void;
    };

const EXTENSIONS: Record<SaveKind, string> = {
  protokoll: '.protokoll',
  docx: '.docx',
  pdf: '.pdf',
  csv: '.csv',
  gremium: '.gremium',
  json: '.json',
};

/** Hosts the shell's modal dialogs; one at a time, stacked as they are asked for. */
export function DialogProvider({ children }: { children: ReactNode }) {
  const { host, report } = useShell();
  const t = useT();
  const [stack, setStack] = useState<Active[]>([]);

  const push = useCallback((active: Active) => setStack((s) => [...s, active]), []);
  const pop = useCallback((active: Active) => setStack((s) => s.filter((a) => a !== active)), []);

  const dialogs = useMemo<Dialogs>(() => {
    const ask = <T extends string>(title: string, message: string, choices: Choice<T>[]) =>
      new Promise<T | null>((resolve) => {
        const active: Active = {
          kind: 'ask',
          title,
          message,
          choices,
          resolve: (id) => {
            pop(active);
            resolve(id as T | null);
          },
        };
        push(active);
      });
    const picker = (request: PickerRequest) =>
      new Promise<string | null>((resolve) => {
        const active: Active = {
          kind: 'picker',
          request,
          resolve: (path) => {
            pop(active);
            resolve(path);
          },
        };
        push(active);
      });
    return {
      ask,
      async pickOpen() {
        try {
          const native = await host.call('dialog.open', {});
          if (!native.unsupported) return native.path;
        } catch (error) {
          report(error);
          return null;
        }
        return picker({ mode: 'open', show: 'protokoll' });
      },
      async pickPrevious() {
        try {
          const native = await host.call('dialog.open', {});
          if (!native.unsupported) return native.path;
        } catch (error) {
          report(error);
          return null;
        }
        return picker({ mode: 'open', show: 'protokoll', title: t('shell.picker.followUpTitle') });
      },
      async pickRoster() {
        try {
          const native = await host.call('dialog.open', { kind: 'agenda' });
          if (!native.unsupported) return native.path;
        } catch (error) {
          report(error);
          return null;
        }
        return picker({ mode: 'open', show: 'agenda', title: t('meeting.roster.importTitle') });
      },
      async pickImport() {
        try {
          const native = await host.call('dialog.open', { kind: 'agenda' });
          if (!native.unsupported) return native.path;
        } catch (error) {
          report(error);
          return null;
        }
        return picker({ mode: 'open', show: 'agenda', title: t('shell.picker.importTitle') });
      },
      async pickVorlage() {
        try {
          const native = await host.call('dialog.open', { kind: 'vorlage' });
          if (!native.unsupported) return native.path;
        } catch (error) {
          report(error);
          return null;
        }
        return picker({ mode: 'open', show: 'vorlage', title: t('vorlage.pickerTitle') });
      },
      async pickGremium() {
        try {
          const native = await host.call('dialog.open', { kind: 'gremium' });
          if (!native.unsupported) return native.path;
        } catch (error) {
          report(error);
          return null;
        }
        return picker({ mode: 'open', show: 'gremium', title: t('gremium.editor.pickTitle') });
      },
      async pickFolder(title) {
        try {
          const native = await host.call('dialog.open', { kind: 'folder' });
          if (!native.unsupported) return native.path;
        } catch (error) {
          report(error);
          return null;
        }
        return picker({ mode: 'folder', show: 'protokoll', title });
      },
      async pickSigning(kind) {
        try {
          const native = await host.call('dialog.open', { kind });
          if (!native.unsupported) return native.path;
        } catch (error) {
          report(error);
          return null;
        }
        return picker({
          mode: 'open',
          show: kind === 'signingKey' ? 'signingKey' : 'keyring',
          title: t(
            kind === 'keyring'
              ? 'signSettings.keyringChoose'
              : kind === 'keyCard'
                ? 'signSettings.addCard'
                : 'signSettings.importChoose',
          ),
        });
      },
      async pickSave(kind, suggestedName) {
        try {
          const native = await host.call('dialog.save', {
            suggestedName: suggestedName + EXTENSIONS[kind],
            kind,
          });
          if (!native.unsupported) return native.path;
        } catch (error) {
          report(error);
          return null;
        }
        return picker({
          mode: 'save',
          extension: EXTENSIONS[kind],
          suggestedName: suggestedName + EXTENSIONS[kind],
          show:
            kind === 'protokoll' || kind === 'gremium'
              ? kind
              : kind === 'json'
                ? 'keyring'
                : 'exports',
          title:
            kind === 'protokoll'
              ? undefined
              : kind === 'gremium'
                ? t('gremium.editor.saveTitle')
                : t('shell.picker.exportTitle'),
        });
      },
      askDate(initial) {
        return new Promise((resolve) => {
          const active: Active = {
            kind: 'date',
            initial,
            resolve: (value) => {
              pop(active);
              resolve(value);
            },
          };
          push(active);
        });
      },
      chooseExtract(document) {
        return new Promise((resolve) => {
          const active: Active = {
            kind: 'extract',
            document,
            resolve: (value) => {
              pop(active);
              resolve(value);
            },
          };
          push(active);
        });
      },
    };
  }, [host, pop, push, report, t]);

  const top = stack[stack.length - 1];
  return (
    <DialogsContext.Provider value={dialogs}>
      {children}
      {top?.kind === 'ask' ? <ChoiceDialog active={top} /> : null}
      {top?.kind === 'picker' ? (
        <FilePicker
          request={top.request}
          onDone={top.resolve}
          confirmOverwrite={async (name) =>
            (await dialogs.ask(t('shell.picker.saveTitle'), t('shell.picker.overwrite', { name }), [
              { id: 'cancel', label: t('shell.picker.cancel') },
              { id: 'yes', label: t('shell.picker.save'), kind: 'danger' },
            ])) === 'yes'
          }
        />
      ) : null}
      {top?.kind === 'extract' ? <ExtractDialog active={top} /> : null}
      {top?.kind === 'date' ? <DateDialog active={top} /> : null}
    </DialogsContext.Provider>
  );
}

function ChoiceDialog({ active }: { active: Extract<Active, { kind: 'ask' }> }) {
  return (
    <Modal
      title={active.title}
      onCancel={() => active.resolve(null)}
      testId="choice-dialog"
      footer={active.choices.map((choice) => (
        <button
          key={choice.id}
          type="button"
          className={`pk-button${choice.kind === 'primary' ? ' pk-button-primary' : ''}${choice.kind === 'danger' ? ' pk-button-danger' : ''}`}
          data-autofocus={choice.kind === 'primary' ? true : undefined}
          onClick={() => active.resolve(choice.id)}
        >
          {choice.label}
        </button>
      ))}
    >
      <p className="pk-modal-message">{active.message}</p>
    </Modal>
  );
}

/** The new meeting's date, as the header takes it (TT.MM.JJJJ; ISO too); Enter confirms. */
function DateDialog({ active }: { active: Extract<Active, { kind: 'date' }> }) {
  const t = useT();
  const [text, setText] = useState(formatDate(active.initial));
  const [problem, setProblem] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const problemId = useId();
  const submit = () => {
    const value = text.trim();
    const iso = /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? parseGermanDate(formatDate(value))
      : parseGermanDate(value);
    if (!iso) {
      setProblem(true);
      return;
    }
    active.resolve(iso);
  };
  return (
    <Modal
      title={t('followUp.date.title')}
      onCancel={() => active.resolve(null)}
      onSubmit={submit}
      testId="follow-up-date"
      footer={
        <>
          <button type="button" className="pk-button" onClick={() => active.resolve(null)}>
            {t('shell.dialog.cancel')}
          </button>
          <button type="submit" className="pk-button pk-button-primary">
            {t('followUp.date.confirm')}
          </button>
        </>
      }
    >
      <label className="pk-field" htmlFor={inputId}>
        <span>{t('followUp.date.label')}</span>
        <input
          id={inputId}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          data-autofocus
          aria-invalid={problem}
          aria-describedby={problem ? `${problemId} ${hintId}` : hintId}
          onChange={(e) => {
            setText(e.target.value);
            setProblem(false);
          }}
        />
      </label>
      {problem && (
        <p id={problemId} className="pk-field-error" role="alert">
          {t('followUp.date.bad', { example: formatDate(active.initial) || '11.11.2026' })}
        </p>
      )}
      <p id={hintId} className="pk-modal-message">
        {t('followUp.date.hint')}
      </p>
    </Modal>
  );
}

function ExtractDialog({ active }: { active: Extract<Active, { kind: 'extract' }> }) {
  const t = useT();
  const items = active.document.items;
  const [itemId, setItemId] = useState(items[0]?.id ?? '');
  const [kind, setKind] = useState<ExportKind>('docx');
  return (
    <Modal
      title={t('shell.export.extractTitle')}
      onCancel={() => active.resolve(null)}
      testId="extract-dialog"
      footer={
        <>
          <button type="button" className="pk-button" onClick={() => active.resolve(null)}>
            {t('shell.dialog.cancel')}
          </button>
          <button
            type="button"
            className="pk-button pk-button-primary"
            disabled={!itemId}
            onClick={() => active.resolve({ itemId, kind })}
          >
            {t('shell.export.next')}
          </button>
        </>
      }
    >
      <label className="pk-field">
        <span>{t('shell.export.extractItem')}</span>
        <select value={itemId} onChange={(e) => setItemId(e.target.value)} data-autofocus>
          {items.map((item) => (
            <option key={item.id} value={item.id}>
              {`TOP ${item.number} ${item.title}`.slice(0, 120)}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="pk-field pk-radios">
        <legend>{t('shell.export.format')}</legend>
        {(['docx', 'pdf'] as const).map((k) => (
          <label key={k}>
            <input
              type="radio"
              name="extract-kind"
              checked={kind === k}
              onChange={() => setKind(k)}
            />{' '}
            {k.toUpperCase()}
          </label>
        ))}
      </fieldset>
    </Modal>
  );
}
