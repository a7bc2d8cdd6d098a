import { useEffect, useState } from 'react';
import type { IdentityInfo } from '../../contract/host-api';
import { useShell } from '../ui/context';
import { useT } from '../ui/i18n';
import { CardButton, NewKeyForm } from './settings/KeyForms';
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
