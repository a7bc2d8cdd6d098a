import { useCallback, useEffect, useState } from 'react';
import type { HostResponse } from '../../contract/host-api';
import type { ProtocolDocument } from '../../core/model/schema';
import { useShell } from '../ui/context';
import { useT } from '../ui/i18n';
import { reviewErrorText } from './useReviewFrame';

type KeyringAnswer = HostResponse<'keyring.get'>;

export interface KeyringState {
  current: KeyringAnswer | null;
  reload(): void;
}

/** The body's keyring as the host reads it from the path in the settings. */
export function useKeyring(): KeyringState {
  const { host } = useShell();
  const [current, setCurrent] = useState<KeyringAnswer | null>(null);
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    host
      .call('keyring.get', {})
      .then((answer) => live && setCurrent(answer))
      .catch(() => live && setCurrent(null));
    return () => {
      live = false;
    };
  }, [host, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { current, reload };
}

/** "Niederschrift 233, TOP 12: Maßnahmenpaket …": what a signature covers, in words. */
export function whatIsSigned(document: ProtocolDocument, t: ReturnType<typeof useT>): string {
  const number =
    document.meeting.minutesNumber ||
    [...new Set(document.items.map((i) => i.minutesNumber).filter(Boolean))].join(', ');
  const items = document.items
    .map((i) => (i.title ? `TOP ${i.number}: ${i.title}` : `TOP ${i.number}`))
    .join('; ');
  return number ? t('signUi.what', { number, items }) : t('signUi.whatNoNumber', { items });
}

/** Which keyring the signatures are checked against; set here once (a setting). */
export function KeyringLine({ state }: { state: KeyringState }) {
  const t = useT();
  const { host, lang } = useShell();
  const [path, setPath] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = path ?? state.current?.path ?? '';
  const apply = async () => {
    try {
      await host.call('settings.set', { keyringPath: shown.trim() });
      setError(null);
      setPath(null);
      state.reload();
    } catch (failure) {
      setError(reviewErrorText(failure, lang));
    }
  };
  const keyring = state.current?.keyring;
  return (
    <form
      className="pk-keyring"
      data-testid="keyring-line"
      onSubmit={(event) => {
        event.preventDefault();
        void apply();
      }}
    >
      <label className="pk-field">
        <span>{t('signUi.keyring')}</span>
        <input
          type="text"
          value={shown}
          onChange={(event) => setPath(event.target.value)}
          data-testid="keyring-path"
        />
      </label>
      <button type="submit" className="pk-button">
        {t('signUi.keyringApply')}
      </button>
      <p className="pk-review-hint" data-testid="keyring-status">
        {state.current?.problem
          ? state.current.problem
          : keyring
            ? t('signUi.keyringLoaded', { body: keyring.body, count: keyring.keys.length })
            : t('signUi.keyringNone')}
      </p>
      {error ? (
        <p className="pk-review-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
