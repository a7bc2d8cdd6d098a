import { useRef, useState } from 'react';
import type { KeyCard, KeyringEntry } from '../../../core/review/keyring';
import type { MessageKey } from '../../../core/i18n/catalog';
import type { SignatoryRole } from '../../../core/model/schema';
import { keyFingerprint } from '../../../core/review/signing';
import { useShell } from '../../ui/context';
import { useDialogs } from '../../ui/dialogs';
import { errorMessage } from '../../ui/errors';
import { useT, type Translate } from '../../ui/i18n';
import { FormButtons, InputField, StatusLine } from './fields';
import type { KeyringState, KeyringView } from './useKeyring';

const ROLES: SignatoryRole[] = ['chair', 'member', 'clerk', 'mayor', 'other'];

/** Today as the date fields write it (the user's local day). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function day(iso: string, lang: 'de' | 'en'): string {
  const [y, m, d] = iso.split('-');
  return lang === 'de' ? `${d}.${m}.${y}` : iso;
}

type Status = { text: string; error: boolean } | null;

/**
 * The body's keyring in the app: which file is used (chosen with the host's dialog or picker),
 * its entries, and adding one from a holder's key card, ending or removing one. The host reads
 * and writes the file; this view only names entries by their public key.
 */
export function KeyringEditor({ state }: { state: KeyringState }) {
  const t = useT();
  const { host, lang } = useShell();
  const dialogs = useDialogs();
  const [status, setStatus] = useState<Status>(null);
  const [card, setCard] = useState<{ path: string; card: KeyCard } | null>(null);
  const [making, setMaking] = useState(false);
  // After a removal the row's button is gone: the keys go on from the add button.
  const addButton = useRef<HTMLButtonElement>(null);

  /** Runs one host call that answers with the keyring; says how it went. */
  const run = async (call: () => Promise<KeyringView>, done?: (view: KeyringView) => string) => {
    try {
      const view = await call();
      state.set(view);
      setStatus(done ? { text: done(view), error: false } : null);
      return true;
    } catch (failure) {
      setStatus({ text: errorMessage(failure, lang), error: true });
      return false;
    }
  };

  const choose = async () => {
    const path = await dialogs.pickSigning('keyring');
    if (path) await run(() => host.call('keyring.use', { path }));
  };
  const addFromCard = async () => {
    const path = await dialogs.pickSigning('keyCard');
    if (!path) return;
    try {
      setCard({ path, card: await host.call('keyring.readCard', { path }) });
      setStatus(null);
    } catch (failure) {
      setStatus({ text: errorMessage(failure, lang), error: true });
    }
  };
  const remove = async (entry: KeyringEntry) => {
    const fingerprint = keyFingerprint(entry.publicKey);
    const answer = await dialogs.ask(
      t('signSettings.removeTitle'),
      t('signSettings.removeMessage', { name: entry.name, fingerprint }),
      [
        { id: 'cancel', label: t('signSettings.cancel') },
        { id: 'remove', label: t('signSettings.remove'), kind: 'danger' },
      ],
    );
    if (answer !== 'remove') return;
    await run(
      () => host.call('keyring.remove', { publicKey: entry.publicKey }),
      () => t('signSettings.removed', { name: entry.name }),
    );
    addButton.current?.focus();
  };

  const current = state.current;
  const keyring = current?.keyring ?? null;
  return (
    <section className="pk-settings-section" aria-labelledby="pk-settings-keyring">
      <h3 id="pk-settings-keyring" className="pk-settings-heading">
        {t('signSettings.keyring')}
      </h3>
      <p className="pk-review-hint">{t('signSettings.keyringHint')}</p>
      {current?.path ? (
        <p className="pk-settings-file" data-testid="keyring-file" title={current.path}>
          {t('signSettings.keyringFile', { file: current.path })}
        </p>
      ) : null}
      <p className="pk-review-hint" data-testid="keyring-status">
        {current?.problem
          ? current.problem
          : keyring
            ? t('signUi.keyringLoaded', { body: keyring.body, count: keyring.keys.length })
            : t('signUi.keyringNone')}
      </p>
      <div className="pk-settings-row">
        <button type="button" className="pk-button" onClick={() => void choose()}>
          {t('signSettings.keyringChoose')}
        </button>
        <button type="button" className="pk-button" onClick={() => setMaking(true)}>
          {t('signSettings.keyringNew')}
        </button>
        {current?.path ? (
          <button
            type="button"
            className="pk-button pk-button-quiet"
            onClick={() => void run(() => host.call('keyring.use', { path: '' }))}
          >
            {t('signSettings.keyringClear')}
          </button>
        ) : null}
      </div>
      {making ? (
        <NewKeyringForm
          onCancel={() => setMaking(false)}
          onCreate={async (body) => {
            const path = await dialogs.pickSave('json', 'schluesselverzeichnis');
            if (!path) return;
            if (await run(() => host.call('keyring.create', { path, body }))) setMaking(false);
          }}
        />
      ) : null}
      {keyring ? (
        <>
          <h4 className="pk-settings-subheading">{t('signSettings.entries')}</h4>
          <KeyringTable
            entries={keyring.keys}
            t={t}
            lang={lang}
            onEnd={(entry, until) =>
              run(
                () => host.call('keyring.end', { publicKey: entry.publicKey, until }),
                () => t('signSettings.ended', { name: entry.name, until: day(until, lang) }),
              )
            }
            onRemove={(entry) => void remove(entry)}
          />
          {card ? (
            <AddEntryForm
              card={card.card}
              onCancel={() => setCard(null)}
              onAdd={async (entry) => {
                const added = await run(
                  () => host.call('keyring.add', { cardPath: card.path, ...entry }),
                  () => t('signSettings.added', { name: entry.name || card.card.name }),
                );
                if (added) setCard(null);
              }}
            />
          ) : (
            <button
              type="button"
              className="pk-button"
              data-testid="keyring-add-card"
              ref={addButton}
              onClick={() => void addFromCard()}
            >
              {t('signSettings.addCard')}
            </button>
          )}
        </>
      ) : null}
      <StatusLine status={status} testId="keyring-message" />
    </section>
  );
}

function NewKeyringForm({
  onCreate,
  onCancel,
}: {
  onCreate(body: string): Promise<void>;
  onCancel(): void;
}) {
  const t = useT();
  const [body, setBody] = useState('');
  return (
    <form
      className="pk-settings-form"
      data-testid="keyring-new"
      onSubmit={(event) => {
        event.preventDefault();
        void onCreate(body);
      }}
    >
      <InputField label={t('signSettings.keyringBody')} focus value={body} onChange={setBody} />
      <FormButtons submit={t('signSettings.keyringNew')} onCancel={onCancel} />
    </form>
  );
}

function KeyringTable({
  entries,
  t,
  lang,
  onEnd,
  onRemove,
}: {
  entries: KeyringEntry[];
  t: Translate;
  lang: 'de' | 'en';
  onEnd(entry: KeyringEntry, until: string): Promise<boolean>;
  onRemove(entry: KeyringEntry): void;
}) {
  // The entry whose end day is being entered, by public key.
  const [ending, setEnding] = useState<string | null>(null);
  if (entries.length === 0) return <p className="pk-review-hint">{t('keyring.empty')}</p>;
  return (
    <div className="pk-keyring-table-wrap">
      <table className="pk-keyring-table" data-testid="keyring-table">
        <thead>
          <tr>
            <th scope="col">{t('signSettings.col.holder')}</th>
            <th scope="col">{t('signSettings.col.valid')}</th>
            <th scope="col">{t('signSettings.col.roles')}</th>
            <th scope="col">{t('signSettings.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.publicKey} data-testid="keyring-entry">
              <th scope="row">
                <span data-testid="entry-name">{entry.name}</span>
                {entry.demo ? <span className="pk-demo-tag">{t('signSettings.demo')}</span> : null}
                <span className="pk-fingerprint" data-testid="entry-fingerprint">
                  {keyFingerprint(entry.publicKey)}
                </span>
              </th>
              <td>
                <span data-testid="entry-from">
                  {entry.from ? day(entry.from, lang) : t('signSettings.always')}
                </span>
                {' – '}
                <span data-testid="entry-until">
                  {entry.until ? day(entry.until, lang) : t('signSettings.open')}
                </span>
              </td>
              <td data-testid="entry-roles">
                {entry.roles.length === 0
                  ? t('signSettings.anyRole')
                  : entry.roles.map((r) => t(`signSettings.role.${r}`)).join(', ')}
              </td>
              <td>
                {ending === entry.publicKey ? (
                  <EndForm
                    initial={today()}
                    onEnd={(until) => onEnd(entry, until).then((done) => done && setEnding(null))}
                    onCancel={() => setEnding(null)}
                  />
                ) : (
                  <div className="pk-keyring-actions">
                    <button
                      type="button"
                      className="pk-button pk-button-small"
                      aria-label={`${t('signSettings.end')}: ${entry.name}`}
                      onClick={() => setEnding(entry.publicKey)}
                    >
                      {t('signSettings.end')}
                    </button>
                    <button
                      type="button"
                      className="pk-button pk-button-small"
                      aria-label={`${t('signSettings.remove')}: ${entry.name}`}
                      onClick={() => onRemove(entry)}
                    >
                      {t('signSettings.remove')}
                    </button>
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EndForm({
  initial,
  onEnd,
  onCancel,
}: {
  initial: string;
  onEnd(until: string): Promise<unknown>;
  onCancel(): void;
}) {
  const t = useT();
  const [until, setUntil] = useState(initial);
  return (
    <form
      className="pk-keyring-end"
      onSubmit={(event) => {
        event.preventDefault();
        void onEnd(until);
      }}
    >
      <InputField
        label={t('signSettings.endOn')}
        type="date"
        focus
        required
        value={until}
        onChange={setUntil}
        testId="keyring-end-date"
      />
      <FormButtons submit={t('signSettings.endApply')} onCancel={onCancel} size="small" />
    </form>
  );
}

function AddEntryForm({
  card,
  onAdd,
  onCancel,
}: {
  card: KeyCard;
  onAdd(entry: {
    name: string;
    from: string;
    until: string;
    roles: SignatoryRole[];
  }): Promise<void>;
  onCancel(): void;
}) {
  const t = useT();
  const [name, setName] = useState(card.name);
  const [from, setFrom] = useState(today());
  const [until, setUntil] = useState('');
  const [roles, setRoles] = useState<SignatoryRole[]>([]);
  const dates: [MessageKey, string, (value: string) => void, string][] = [
    ['signSettings.from', from, setFrom, 'keyring-add-from'],
    ['signSettings.until', until, setUntil, 'keyring-add-until'],
  ];
  return (
    <form
      className="pk-settings-form"
      data-testid="keyring-add"
      onSubmit={(event) => {
        event.preventDefault();
        void onAdd({ name: name.trim(), from, until, roles });
      }}
    >
      <p data-testid="keyring-card">
        {t('signSettings.cardOf', { name: card.name, fingerprint: card.fingerprint })}
      </p>
      <p className="pk-review-hint">{t('signSettings.cardCompare')}</p>
      <InputField
        label={t('signSettings.holder')}
        focus
        value={name}
        onChange={setName}
        testId="keyring-add-name"
      />
      <div className="pk-settings-dates">
        {dates.map(([label, value, onChange, testId]) => (
          <InputField
            key={testId}
            label={t(label)}
            type="date"
            value={value}
            onChange={onChange}
            testId={testId}
          />
        ))}
      </div>
      <fieldset className="pk-field pk-settings-roles">
        <legend>{t('signSettings.roles')}</legend>
        {ROLES.map((role) => (
          <label key={role}>
            <input
              type="checkbox"
              checked={roles.includes(role)}
              onChange={(event) =>
                setRoles((list) =>
                  event.target.checked ? [...list, role] : list.filter((r) => r !== role),
                )
              }
            />{' '}
            {t(`signSettings.role.${role}`)}
          </label>
        ))}
      </fieldset>
      <FormButtons submit={t('signSettings.add')} onCancel={onCancel} />
    </form>
  );
}
