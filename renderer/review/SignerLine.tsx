import { useEffect, useState } from 'react';
import type { IdentityInfo } from '../../contract/host-api';
import { useShell } from '../ui/context';
import { useT } from '../ui/i18n';
import { reviewErrorText, useReviewFrameContext } from './useReviewFrame';

/** Who signs at this machine: the name from the settings and its key; changeable here. */
export function SignerLine() {
  const t = useT();
  const { host, lang } = useShell();
  const review = useReviewFrameContext();
  const { userName } = review;
  const [described, setIdentity] = useState<IdentityInfo | null>(null);
  const identity = described && described.name === userName ? described : null;
  const [round, setRound] = useState(0);

  // The key of this name, if its holder made one here; only its fingerprint comes here.
  useEffect(() => {
    if (userName === '') return;
    let live = true;
    host
      .call('identity.describe', {})
      .then((info) => live && setIdentity(info))
      .catch(() => live && setIdentity(null));
    return () => {
      live = false;
    };
  }, [host, userName, round]);
  const [editing, setEditing] = useState(review.userName === '');
  const [name, setName] = useState(review.userName);
  const [error, setError] = useState<string | null>(null);

  const apply = async () => {
    try {
      await review.rememberName(name);
      setEditing(false);
      setError(null);
    } catch (failure) {
      setError(reviewErrorText(failure, lang));
    }
  };

  if (editing) {
    return (
      <form
        className="pk-signer is-editing"
        onSubmit={(event) => {
          event.preventDefault();
          void apply();
        }}
      >
        <label className="pk-field">
          <span>{t('reviewUi.name.label')}</span>
          <input
            type="text"
            value={name}
            data-autofocus
            data-testid="signer-name"
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <button type="submit" className="pk-button" disabled={name.trim() === ''}>
          {t('reviewUi.sign.apply')}
        </button>
        {error ? (
          <p className="pk-review-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    );
  }
  return (
    <div className="pk-signer-block">
      <div className="pk-signer">
        <div className="pk-signer-who">
          <span className="pk-signer-label">{t('reviewUi.sign.you')}</span>
          <strong data-testid="signer">{review.userName}</strong>
          {identity?.fingerprint ? (
            <span className="pk-fingerprint">
              {t('reviewUi.sign.key', { fingerprint: identity.fingerprint })}
            </span>
          ) : null}
        </div>
        <button
          type="button"
          className="pk-button pk-button-quiet"
          onClick={() => {
            setName(review.userName);
            setEditing(true);
          }}
        >
          {t('reviewUi.sign.change')}
        </button>
      </div>
      {identity && identity.publicKey === null ? (
        <NewKeyForm onMade={() => setRound((n) => n + 1)} />
      ) : null}
      {identity?.publicKey ? <CardButton /> : null}
    </div>
  );
}

/** The holder makes their key here, with a passphrase only they know. */
function NewKeyForm({ onMade }: { onMade(): void }) {
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
      onMade();
    } catch (failure) {
      setError(reviewErrorText(failure, lang));
    } finally {
      setBusy(false);
    }
  };
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
      <label className="pk-field">
        <span>{t('signUi.passphrase')}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={first}
          onChange={(event) => setFirst(event.target.value)}
          data-testid="new-key-passphrase"
        />
      </label>
      <label className="pk-field">
        <span>{t('signUi.passphraseRepeat')}</span>
        <input
          type="password"
          autoComplete="new-password"
          value={second}
          onChange={(event) => setSecond(event.target.value)}
          data-testid="new-key-repeat"
        />
      </label>
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

/** The public key card, saved as a file for the administration's keyring. */
function CardButton() {
  const t = useT();
  const { host } = useShell();
  const save = async () => {
    const card = await host.call('identity.card', {});
    const blob = new Blob([`${JSON.stringify(card, null, 2)}\n`], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `schluesselkarte-${card.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };
  return (
    <p className="pk-review-hint">
      {t('signUi.cardHint')}{' '}
      <button type="button" className="pk-button pk-button-quiet" onClick={() => void save()}>
        {t('signUi.card')}
      </button>
    </p>
  );
}
