import { createContext, useContext } from 'react';
import type { HostResponse, Settings } from '../../contract/host-api';
import type { Lang } from '../../core/i18n/catalog';
import type { RendererHost } from '../host/host';

export type AppInfo = HostResponse<'app.info'>;

/** What every part of the shell needs: the host, what it told us at start, and error reporting. */
export interface Shell {
  host: RendererHost;
  info: AppInfo;
  settings: Settings;
  lang: Lang;
  setSettings(patch: Partial<Settings>): Promise<void>;
  /** Shows an error banner with the host's (already localized) message. */
  report(error: unknown): void;
}

export const ShellContext = createContext<Shell | null>(null);

export function useShell(): Shell {
  const shell = useContext(ShellContext);
  if (!shell) throw new Error('useShell outside ShellContext');
  return shell;
}
