import { PathGrants } from '../fs/path-grants';
import type { RecentService } from './recent';
import type { SettingsService } from './settings';

export interface PathPolicyWiring {
  home: string;
  userData: string;
  recent: RecentService;
  settings: SettingsService;
  /** Browser mode: `--root` folders and the folders of files given at start. */
  sessionRoots?: readonly string[];
}

/**
 * The path policy as each shell uses it. Browser mode: the picker's roots (home, this run's
 * folders, the folders the user added, kept in the settings) plus grants. Electron: grants only
 * (its native dialogs, files given at start or by the OS, the recent list).
 */
export function pathPolicyFor(mode: 'browser' | 'electron', wiring: PathPolicyWiring): PathGrants {
  const browser = mode === 'browser';
  return new PathGrants({
    home: wiring.home,
    userData: wiring.userData,
    homeIsRoot: browser,
    acceptsAddedRoots: browser,
    sessionRoots: browser ? (wiring.sessionRoots ?? []) : [],
    extraGrants: () => wiring.recent.paths(),
    loadAdded: async () => (await wiring.settings.get()).pickerRoots ?? [],
    saveAdded: async (folders) => {
      await wiring.settings.set({ pickerRoots: [...folders] });
    },
  });
}
