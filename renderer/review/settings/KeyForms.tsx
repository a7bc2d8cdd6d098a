import { useState } from 'react';
import type { MessageKey } from '../../../core/i18n/catalog';
import { useShell } from '../../ui/context';
import { usePaths } from '../../ui/paths';
import { useDialogs } from '../../ui/dialogs';
import { errorMessage } from '../../ui/errors';
import { useT } from '../../ui/i18n';
import { InputField, StatusLine } from './fields';

/** The base of a file name from a person's name: "schluesselkarte-BM-Dr-Mayer". */
function cardFileName(name: string): string {
  return `schluesselkarte-${name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}`;
}

/** The holder makes their key here, with a passphrase only they know (asked twice). */
export function NewKeyForm({ onMade }: { onMade(): void }) {
  const t = useT();
  const { host, lang } = useShell();
  const [first, setFirst] = useState('');
  const [second, setSecond] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const make = async () => {
    if (first !== second) {
      setError(t('signUi.passphraseMismatch'));
      return;
    }
    setBusy(true);
    try {
      await host.call('identity.create', { passphrase: first });
      setError(null);
      setFirst('');
      setSecond('');
      onMade();
    } catch (failure) {
      setError(errorMessage(failure, lang));
    } finally {
      setBusy(false);
    }
  };
  const passphrases: [MessageKey, string, (value: string) => void, string][] = [
    ['signUi.passphrase', first, setFirst, 'new-key-passphrase'],
    ['signUi.passphraseRepeat', second, setSecond, 'new-key-repeat'],
  ];
  return (
    <form
      className="pk-new-key"
      data-testid="new-key"
      onSubmit={(event) => {
        event.preventDefault();
        void make();
      }}
    >
      <p className="pk-review-hint">{t('signUi.noKey')}</p>
      {passphrases.map(([label, value, onChange, testId]) => (
        <InputField
          key={testId}
          label={t(label)}
          type="password"
          autoComplete="new-password"
          value={value}
          onChange={onChange}
          testId={testId}
        />
      ))}
      <button type="submit" className="pk-button" disabled={busy || first === ''}>
        {t('signUi.createKey')}
      </button>
      {error ? (
        <p className="pk-review-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/**
 * Takes over a key file the holder made with `protokollant keys new` (or OpenSSL): the file
 * comes from the host's dialog or picker, the passphrase unlocks it for the host alone.
 */
export function ImportKeyForm({ onImported }: { onImported(fingerprint: string): void }) {
  const t = useT();
  const { host, lang } = useShell();
  const paths = usePaths();
  const dialogs = useDialogs();
  const [path, setPath] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const take = async () => {
    if (!path) return;
    setBusy(true);
    try {
      const info = await host.call('identity.import', { path, passphrase });
      setError(null);
      setPassphrase('');
      onImported(info.fingerprint ?? '');
    } catch (failure) {
      setError(errorMessage(failure, lang));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      className="pk-import-key"
      data-testid="import-key"
      onSubmit={(event) => {
        event.preventDefault();
        void take();
      }}
    >
      <h4 className="pk-settings-subheading">{t('signSettings.import')}</h4>
      <p className="pk-review-hint">{t('signSettings.importHint')}</p>
      <div className="pk-settings-row">
        <button
          type="button"
          className="pk-button"
          onClick={() =>
            void dialogs.pickSigning('signingKey').then((chosen) => chosen && setPath(chosen))
          }
        >
          {t('signSettings.importChoose')}
        </button>
        {path ? (
          <span className="pk-settings-file" data-testid="import-key-file">
            {t('signSettings.importFile', { file: paths.baseName(path) })}
          </span>
        ) : null}
      </div>
      {path ? (
        <>
          <InputField
            label={t('signSettings.importPassphrase')}
            type="password"
            autoComplete="off"
            focus
            value={passphrase}
            onChange={setPassphrase}
            testId="import-key-passphrase"
          />
          <button type="submit" className="pk-button" disabled={busy || passphrase === ''}>
            {t('signSettings.importApply')}
          </button>
        </>
      ) : null}
      {error ? (
        <p className="pk-review-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}

/** The public key card, saved where the host's save dialog says, for the administration. */
export function CardButton() {
  const t = useT();
  const { host, lang } = useShell();
  const dialogs = useDialogs();
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const save = async () => {
    try {
      const card = await host.call('identity.card', {});
      const path = await dialogs.pickSave('json', cardFileName(card.name));
      if (!path) return;
      const written = await host.call('identity.saveCard', { path });
      setStatus({ text: t('signSettings.cardSaved', { file: written.name }), error: false });
    } catch (failure) {
      setStatus({ text: errorMessage(failure, lang), error: true });
    }
  };
  return (
    <div className="pk-card-save">
      <p className="pk-review-hint">
        {t('signUi.cardHint')}{' '}
        <button type="button" className="pk-button pk-button-quiet" onClick={() => void save()}>
          {t('signUi.card')}
        </button>
      </p>
      <StatusLine status={status} testId="card-status" />
    </div>
  );
}
