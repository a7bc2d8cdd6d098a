import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from '../../core/errors';

/**
 * The host's reach (issue 12, point 4): which paths the renderer may name. The renderer is
 * untrusted (an XSS, a leaked browser-mode token, a compromised Electron page), so a path it
 * sends is used only when it is
 * - a file the user chose in the host's own dialog, a file given at start (command line, the
 *   OS), a file the host opened or saved for the user, or one on the recent list (grants); or
 * - in browser mode, inside a picker root: the user's home, a folder given with `--root` or as
 *   a start file's folder, or a folder the user added in the picker.
 * System folders, hidden folders below a root and the program's own data folder are never
 * reached through a root. Symbolic links and `..` are resolved before the check, and a path
 * outside everything is refused before the disk is asked, so a refusal tells nothing about
 * what exists there.
 */

/** Never reachable through a root (the user's home is, even when it is /root). */
export const SYSTEM_FOLDERS: readonly string[] = [
  '/etc',
  '/proc',
  '/sys',
  '/dev',
  '/root',
  '/boot',
  '/run',
  '/var',
  '/usr',
  '/bin',
  '/sbin',
  '/lib',
  '/lib32',
  '/lib64',
  '/libx32',
  '/snap',
  '/private/etc',
  '/private/var',
  '/System',
  '/Library',
];

/** Never a root even as the user's home. */
const NEVER_HOME: readonly string[] = [
  '/etc',
  '/proc',
  '/sys',
  '/dev',
  '/boot',
  '/run',
  '/private/etc',
];

/** How many folders a user may add in the picker (settings stay small). */
export const MAX_ADDED_ROOTS = 50;

export type Access = 'read' | 'write';
/** Where a root comes from: home, `--root`/start file folder (this run only), or the user. */
export type RootKind = 'home' | 'session' | 'added';

export interface Root {
  /** As given, made absolute (what the user sees and types). */
  path: string;
  /** With every link resolved (what is compared). */
  real: string;
  kind: RootKind;
}

export interface PathGrantsOptions {
  home: string;
  /** The program's own data (keys, settings, recovery copies). */
  userData: string;
  /** Browser mode: the home folder is a picker root. Electron: false (dialogs only). */
  homeIsRoot: boolean;
  /** Whether the renderer may add picker roots (browser mode) or only the dialogs grant. */
  acceptsAddedRoots: boolean;
  /** Folders of this run (`--root`, start files' folders), checked before the first use. */
  sessionRoots?: readonly string[];
  /** More granted files, asked at each check: the recent list. */
  extraGrants?: () => Promise<readonly string[]>;
  /** The folders the user added earlier (settings), read once before the first check. */
  loadAdded?: () => Promise<readonly string[]>;
  /** Stores the added folders when they change. */
  saveAdded?: (folders: readonly string[]) => Promise<void>;
  systemFolders?: readonly string[];
}

/** Is `path` the folder `root` or inside it? (Not /home/userX for /home/user.) */
export function isWithin(path: string, root: string): boolean {
  if (path === root) return true;
  const prefix = root.endsWith(sep) ? root : `${root}${sep}`;
  return path.startsWith(prefix);
}

function shown(path: string): string {
  return path.length > 300 ? `${path.slice(0, 300)}…` : path;
}

/** The path with every existing link resolved; a part that does not exist yet is kept as named. */
export async function canonicalPath(path: string): Promise<string> {
  let head = path;
  const tail: string[] = [];
  for (;;) {
    try {
      const real = await realpath(head);
      return tail.length === 0 ? real : join(real, ...tail.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      const parent = dirname(head);
      if (parent === head) return path;
      tail.push(basename(head));
      head = parent;
    }
  }
}

export class PathGrants {
  private readonly options: PathGrantsOptions;
  private readonly system: readonly string[];
  private readonly grants = new Map<string, Access>();
  /** Folders the user chose in the host's folder dialog (Electron's archive): read only. */
  private readonly folderGrants: Root[] = [];
  private readonly sessionRoots: Root[] = [];
  private added: Root[] = [];
  private home: Root | null = null;
  private userDataReal: string;
  private ready: Promise<void> | null = null;

  constructor(options: PathGrantsOptions) {
    this.options = options;
    this.system = options.systemFolders ?? SYSTEM_FOLDERS;
    this.userDataReal = resolve(options.userData);
  }

  /** Resolves home and the user data folder and loads the user's added folders, once. */
  private prepare(): Promise<void> {
    this.ready ??= (async () => {
      const home = resolve(this.options.home);
      const homeReal = await canonicalPath(home);
      this.userDataReal = await canonicalPath(resolve(this.options.userData));
      // A home of "/" or in /etc, /proc … (a misconfigured account) is no root; a home in
      // /root or /var/lib (root, a service account) is.
      const usable =
        homeReal !== '/' &&
        !NEVER_HOME.some((folder) => isWithin(homeReal, folder)) &&
        !this.system.some((folder) => isWithin(folder, homeReal)) &&
        !isWithin(homeReal, this.userDataReal);
      if (this.options.homeIsRoot && usable) {
        this.home = { path: home, real: homeReal, kind: 'home' };
      }
      for (const folder of this.options.sessionRoots ?? []) {
        const root = await this.rootFor(folder, 'session');
        if (!this.sessionRoots.some((r) => r.real === root.real)) this.sessionRoots.push(root);
      }
      if (this.options.acceptsAddedRoots && this.options.loadAdded) {
        for (const folder of await this.options.loadAdded().catch(() => [])) {
          const root = await this.rootFor(folder, 'added').catch(() => null);
          if (root && !this.added.some((r) => r.real === root.real)) this.added.push(root);
        }
      }
    })();
    return this.ready;
  }

  /** The picker roots right now: home first, then this run's folders, then the user's. */
  async roots(): Promise<Root[]> {
    await this.prepare();
    return [...(this.home ? [this.home] : []), ...this.sessionRoots, ...this.added];
  }

  get acceptsAddedRoots(): boolean {
    return this.options.acceptsAddedRoots;
  }

  /** Whether a real path is a system folder (or in one) and not inside the user's home. */
  private isSystem(real: string): boolean {
    if (this.home && isWithin(real, this.home.real)) return false;
    return this.system.some((folder) => isWithin(real, folder));
  }

  /** Closed through any root: system folders, the program's data, the root folder itself. */
  private isClosed(real: string): boolean {
    return real === '/' || this.isSystem(real) || isWithin(real, this.userDataReal);
  }

  private static hiddenBelow(real: string, root: string): boolean {
    const rest = relative(root, real);
    return rest !== '' && rest.split(sep).some((part) => part.startsWith('.'));
  }

  /** A folder checked to become a root: absolute, existing, not closed, no system inside. */
  private async rootFor(folder: string, kind: RootKind): Promise<Root> {
    if (!isAbsolute(folder) || folder.includes('\0')) {
      throw new UserError('reach.notAbsolute', { path: shown(folder) });
    }
    const path = resolve(folder);
    const info = await stat(path).catch(() => null);
    if (!info) throw new UserError('reach.rootMissing', { folder: shown(path) });
    if (!info.isDirectory()) throw new UserError('reach.rootNotFolder', { folder: shown(path) });
    const real = await realpath(path);
    const home = this.home;
    const insideHome = home !== null && isWithin(real, home.real);
    const hidden = insideHome
      ? PathGrants.hiddenBelow(real, home.real)
      : real.split(sep).some((part) => part.startsWith('.'));
    // "/" or "/private" would hold the system folders; the user data folder stays closed by
    // the check of each path, so a folder that holds it may be a root.
    const holdsSystem = !insideHome && this.system.some((system) => isWithin(system, real));
    if (this.isClosed(real) || holdsSystem || hidden) {
      throw new UserError('reach.rootRefused', { folder: shown(path) });
    }
    return { path, real, kind };
  }

  /** A folder for this run only: `--root` or the folder of a file given at start. */
  async addSessionRoot(folder: string): Promise<Root> {
    await this.prepare();
    const root = await this.rootFor(folder, 'session');
    if (!this.sessionRoots.some((r) => r.real === root.real)) this.sessionRoots.push(root);
    return root;
  }

  /** A folder the user added in the picker; kept in the settings. */
  async addRoot(folder: string): Promise<Root> {
    await this.prepare();
    if (!this.options.acceptsAddedRoots) throw new UserError('reach.rootsUnsupported');
    const root = await this.rootFor(folder, 'added');
    if (this.added.some((r) => r.real === root.real)) return root;
    if (this.added.length >= MAX_ADDED_ROOTS) {
      throw new UserError('reach.rootsFull', { max: MAX_ADDED_ROOTS });
    }
    this.added.push(root);
    await this.options.saveAdded?.(this.added.map((r) => r.path));
    return root;
  }

  /** Forgets a folder the user added; home and this run's folders stay. */
  async removeRoot(folder: string): Promise<void> {
    await this.prepare();
    if (!this.options.acceptsAddedRoots) throw new UserError('reach.rootsUnsupported');
    const path = isAbsolute(folder) ? resolve(folder) : folder;
    const kept = this.added.filter((r) => r.path !== path && r.real !== path);
    if (kept.length === this.added.length) return;
    this.added = kept;
    await this.options.saveAdded?.(this.added.map((r) => r.path));
  }

  /**
   * A file the user chose in the host's own dialog, gave at start, or that the host opened or
   * saved for them. A write grant also allows reading it back.
   */
  async grant(path: string, access: Access): Promise<void> {
    if (!isAbsolute(path) || path.includes('\0')) return;
    const lexical = resolve(path);
    const add = (key: string) => {
      if (this.grants.get(key) !== 'write') this.grants.set(key, access);
    };
    // The name as given at once (a window may ask for it right away), its real path after.
    add(lexical);
    add(await canonicalPath(lexical).catch(() => lexical));
  }

  /** A folder the user chose in the host's own folder dialog: its files may be read. */
  async grantFolder(folder: string): Promise<void> {
    if (!isAbsolute(folder) || folder.includes('\0')) return;
    const path = resolve(folder);
    const real = await canonicalPath(path).catch(() => path);
    if (!this.folderGrants.some((r) => r.real === real)) {
      this.folderGrants.push({ path, real, kind: 'session' });
    }
  }

  /** The granted folder a path lies in, not through a hidden folder, if any. */
  private grantedFolder(path: string): Root | null {
    return (
      this.folderGrants.find(
        (r) =>
          (isWithin(path, r.real) || isWithin(path, r.path)) &&
          !PathGrants.hiddenBelow(path, isWithin(path, r.real) ? r.real : r.path),
      ) ?? null
    );
  }

  private async granted(lexical: string, real: string, access: Access): Promise<boolean> {
    for (const key of [lexical, real]) {
      const grant = this.grants.get(key);
      if (grant === 'write' || (grant && access === 'read')) return true;
    }
    if (access === 'read' && this.options.extraGrants) {
      const extra = await this.options.extraGrants().catch(() => []);
      return extra.some((entry) => {
        const path = resolve(entry);
        return path === lexical || path === real;
      });
    }
    return false;
  }

  /**
   * The path to use for a file the renderer named, or a refusal in the user's language. Writing
   * also needs the expected extension. The answer is the path with its links resolved: what was
   * checked is what is used.
   */
  async check(path: string, access: Access, extension?: string): Promise<string> {
    await this.prepare();
    if (!isAbsolute(path) || path.includes('\0')) {
      throw new UserError('reach.notAbsolute', { path: shown(path) });
    }
    const lexical = resolve(path);
    const roots = await this.roots();
    const lexicallyInRoot =
      roots.some((r) => isWithin(lexical, r.path) || isWithin(lexical, r.real)) ||
      (access === 'read' && this.grantedFolder(lexical) !== null);
    // Outside every root and no granted file by that name: refused before the disk is asked.
    if (!lexicallyInRoot && !(await this.granted(lexical, lexical, access))) {
      throw new UserError('reach.outside', { path: shown(lexical) });
    }
    const real = await canonicalPath(lexical).catch(() => {
      throw new UserError('reach.outside', { path: shown(lexical) });
    });
    if (extension !== undefined) {
      const ext = extension.toLowerCase();
      if (!lexical.toLowerCase().endsWith(ext) || !real.toLowerCase().endsWith(ext)) {
        throw new UserError('reach.extension', { path: shown(lexical), extension });
      }
    }
    if (isWithin(real, this.userDataReal)) {
      throw new UserError('reach.outside', { path: shown(lexical) });
    }
    if (await this.granted(lexical, real, access)) return real;
    if (access === 'read' && this.grantedFolder(real)) return real;
    const root = roots.find((r) => isWithin(real, r.real));
    if (!root || this.isClosed(real) || PathGrants.hiddenBelow(real, root.real)) {
      throw new UserError('reach.outside', { path: shown(lexical) });
    }
    return real;
  }

  /** A folder for the picker to list: inside a root (granted files give no folder). */
  async checkFolder(folder: string): Promise<string> {
    await this.prepare();
    if (!isAbsolute(folder) || folder.includes('\0')) {
      throw new UserError('reach.notAbsolute', { path: shown(folder) });
    }
    const lexical = resolve(folder);
    const roots = await this.roots();
    const byGrant = this.grantedFolder(lexical) !== null;
    if (!byGrant && !roots.some((r) => isWithin(lexical, r.path) || isWithin(lexical, r.real))) {
      throw new UserError('reach.outside', { path: shown(lexical) });
    }
    const real = await canonicalPath(lexical);
    if (isWithin(real, this.userDataReal)) {
      throw new UserError('reach.outside', { path: shown(lexical) });
    }
    if (this.grantedFolder(real)) return real;
    const root = roots.find((r) => isWithin(real, r.real));
    if (!root || this.isClosed(real) || PathGrants.hiddenBelow(real, root.real)) {
      throw new UserError('reach.outside', { path: shown(lexical) });
    }
    return real;
  }

  /** The root a listed folder is in (its parent is offered only inside it). */
  async rootOf(real: string): Promise<Root | null> {
    const roots = await this.roots();
    return roots.find((r) => isWithin(real, r.real)) ?? null;
  }
}
