import { mkdtemp, rm } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { IdentityStore, keyFileProtector } from '../../host/identity/identity-store';
import { DocumentSessions } from '../../host/services/documents';
import { pathPolicyFor } from '../../host/services/path-policy';
import { RecentService } from '../../host/services/recent';
import { RecoveryStore } from '../../host/services/recovery';
import { ReviewService } from '../../host/services/review';
import { SettingsService } from '../../host/services/settings';
import { SnippetsService } from '../../host/services/snippets';

/** A temp folder for a test, removed by the returned cleanup. */
export async function tempFolder(
  prefix = 'protokollant-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The services as one browser-mode start would create them over a user data folder. The
 * folder around the user data (the test's temp folder) is a picker root, as `--root` makes it.
 */
export function servicesFor(
  userData: string,
  options: { roots?: readonly string[]; mode?: 'browser' | 'electron'; home?: string } = {},
) {
  const recovery = new RecoveryStore(userData);
  const recent = new RecentService(userData);
  const settings = new SettingsService(userData);
  const documents = new DocumentSessions(recovery, recent);
  const review = new ReviewService(new IdentityStore(userData, keyFileProtector), settings);
  const snippets = new SnippetsService(userData);
  const paths = pathPolicyFor(options.mode ?? 'browser', {
    home: options.home ?? homedir(),
    userData,
    recent,
    settings,
    sessionRoots: options.roots ?? [dirname(userData)],
  });
  return { recovery, recent, settings, documents, review, snippets, paths };
}
