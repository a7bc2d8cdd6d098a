import { useEffect, useState } from 'react';
import type { IdentityInfo } from '../../../contract/host-api';
import { useShell } from '../../ui/context';
import { formatDateTime, useT } from '../../ui/i18n';
import { Modal } from '../../ui/Modal';
import { KeyringEditor } from './KeyringEditor';
import { CardButton, ImportKeyForm, NewKeyForm } from './KeyForms';
import { useKeyring } from './useKeyring';
import './settings.css';

/** The user's name on this machine: the name their key and their signatures carry. */
function NameForm() {
  const t = useT();
  const { settings, setSettings } = useShell();
  const [name, setName] = useState(settings.userName);
  const changed = name.trim() !== settings.userName;
  return (
    <form
      className="pk-settings-name"
      onSubmit={(event) => {
        event.preventDefault();
        void setSettings({ userName: name.trim() });
      }}
    >
      <label className="pk-field">
        <span>{t('signSettings.name')}</span>
        <input
          type="text"
          value={name}
          data-autofocus
          data-testid="settings-user-name"
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      <button type="submit" className="pk-button" disabled={!changed || name.trim() === ''}>
        {t('signSettings.nameApply')}
      </button>
    </form>
  );
}

/** The user's own key: whether there is one, its fingerprint, making or taking one over. */
function OwnKey() {
  const t = useT();
  const { host, lang, settings } = useShell();
  const name = settings.userName;
  const [identity, setIdentity] = useState<IdentityInfo | null>(null);
  const [round, setRound] = useState(0);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    host
      .call('identity.describe', {})
      .then((info) => live && setIdentity(info))
      .catch(() => live && setIdentity(null));
    return () => {
      live = false;
    };
  }, [host, name, round]);

  // A key belongs to a name: with none entered yet there is nothing to show or make.
  const mine = identity && name !== '' && identity.name === name ? identity : null;
  return (
    <section className="pk-settings-section" aria-labelledby="pk-settings-own-key">
      <h3 id="pk-settings-own-key" className="pk-settings-heading">
        {t('signSettings.you')}
      </h3>
      <NameForm />
      {name === '' ? <p className="pk-review-hint">{t('signSettings.noName')}</p> : null}
      {mine?.publicKey ? (
        <div className="pk-settings-key" data-testid="own-key">
          <p>{t('signSettings.keyStatus', { date: formatDateTime(mine.createdAt ?? '', lang) })}</p>
          <p className="pk-fingerprint" data-testid="own-key-fingerprint">
            {t('signSettings.fingerprint', { fingerprint: mine.fingerprint ?? '' })}
          </p>
          <CardButton />
        </div>
      ) : null}
      {mine && mine.publicKey === null ? (
        <>
          <NewKeyForm
            onMade={() => {
              setMessage(null);
              setRound((n) => n + 1);
            }}
          />
          <ImportKeyForm
            onImported={(fingerprint) => {
              setMessage(t('signSettings.imported', { fingerprint }));
              setRound((n) => n + 1);
            }}
          />
        </>
      ) : null}
      {message ? (
        <p className="pk-review-hint is-ok" role="status">
          {message}
        </p>
      ) : null}
    </section>
  );
}

/**
 * Einstellungen › Unterschrift: the user's signing key (made here with a passphrase, or taken
 * over from `protokollant keys new`), their key card for the administration, and the body's
 * keyring with its entries. Reachable from the menu without an open document.
 */
export function SignatureSettings({ onClose }: { onClose(): void }) {
  const t = useT();
  const keyring = useKeyring();
  return (
    <Modal
      title={t('signSettings.title')}
      onCancel={onClose}
      testId="signature-settings"
      wide
      footer={
        <button type="button" className="pk-button" onClick={onClose}>
          {t('signSettings.close')}
        </button>
      }
    >
      <OwnKey />
      <KeyringEditor state={keyring} />
    </Modal>
  );
}
