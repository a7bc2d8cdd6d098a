import { useCallback, useEffect, useState } from 'react';
import type { HostResponse } from '../../../contract/host-api';
import { useShell } from '../../ui/context';

export type KeyringView = HostResponse<'keyring.get'>;

export interface KeyringState {
  current: KeyringView | null;
  /** Shows what the host answered after a change (the file as it is now). */
  set(view: KeyringView): void;
  reload(): void;
}

/** The body's keyring as the host reads it from the file the settings name. */
export function useKeyring(): KeyringState {
  const { host } = useShell();
  const [current, setCurrent] = useState<KeyringView | null>(null);
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
  return { current, set: setCurrent, reload };
}
