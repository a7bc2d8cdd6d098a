import { useState } from 'react';
import type { ProtocolDocument } from '../../core/model/schema';
import { useShell } from '../ui/context';
import { useDialogs } from '../ui/dialogs';
import { useT } from '../ui/i18n';
import type { KeyringState } from './settings/useKeyring';
import { reviewErrorText } from './useReviewFrame';

export { useKeyring, type KeyringState } from './settings/useKeyring';

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

/**
 * Which keyring the signatures are checked against: chosen here (or in Einstellungen ›
 * Unterschrift) with the host's dialog or picker; the renderer never types a path itself.
 */
export function KeyringLine({ state }: { state: KeyringState }) {
  const t = useT();
  const { host, lang } = useShell();
  const dialogs = useDialogs();
  const [error, setError] = useState<string | null>(null);
  const choose = async () => {
    const path = await dialogs.pickSigning('keyring');
    if (!path) return;
    try {
      state.set(await host.call('keyring.use', { path }));
      setError(null);
    } catch (failure) {
      setError(reviewErrorText(failure, lang));
    }
  };
  const current = state.current;
  const keyring = current?.keyring;
  return (
    <div className="pk-keyring" data-testid="keyring-line">
      <p className="pk-review-hint" data-testid="keyring-status">
        {current?.problem
          ? current.problem
          : keyring
            ? t('signUi.keyringLoaded', { body: keyring.body, count: keyring.keys.length })
            : t('signUi.keyringNone')}
      </p>
      {current?.path ? (
        <p className="pk-fingerprint" title={current.path}>
          {t('signSettings.keyringFile', { file: current.path })}
        </p>
      ) : null}
      <button type="button" className="pk-button" onClick={() => void choose()}>
        {t('signSettings.keyringChoose')}
      </button>
      {error ? (
        <p className="pk-review-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
