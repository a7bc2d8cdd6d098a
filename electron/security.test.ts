import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl } from '../host/security/policy';
import { BUNDLED_DICTIONARIES } from '../host/services/spell-dictionaries';
import { createAppProtocolHandler } from './app-protocol';
import {
  APP_SCHEME_PRIVILEGES,
  APP_START_URL,
  denyPermissionCheck,
  denyPermissionRequest,
  isAppUrl,
  isTrustedSender,
  navigationGuard,
  preventWebview,
  SPELLCHECK_DICTIONARY_URL,
  SPELLCHECK_LANGUAGES,
  windowOpenGuard,
  windowOptions,
} from './security';

/**
 * Electron's security checklist (electronjs.org/docs/latest/tutorial/security), point by point,
 * against the shell's real settings and handlers. Points 17 (IPC senders) and 20 (exposed
 * APIs) are in ipc.test.ts and preload.test.ts.
 */
const options = windowOptions({ preload: '/app/dist/electron/preload.cjs', isDev: false });
const prefs = options.webPreferences!;

describe('offline spell checking in the shell', () => {
  it('points Chromium at our own origin for dictionaries, German first: nothing is downloaded', () => {
    expect(isAppUrl(SPELLCHECK_DICTIONARY_URL)).toBe(true);
    expect(new URL(SPELLCHECK_DICTIONARY_URL).protocol).toBe('app:');
    expect(SPELLCHECK_LANGUAGES[0]).toBe('de-DE');
    // Every language named has its dictionary in the package (host/services/spell-dictionaries).
    expect(SPELLCHECK_LANGUAGES).toEqual(BUNDLED_DICTIONARIES.map((d) => d.language));
  });

  it('the shell sets that URL before it names a language, and no other dictionary URL', async () => {
    // Electron cannot run here: the wiring in main.ts is read as text. Chromium's default
    // (Google's CDN) would stay in force for any language named before the URL is set.
    const main = await readFile(new URL('./main.ts', import.meta.url), 'utf8');
    const setUrl = main.indexOf('setSpellCheckerDictionaryDownloadURL(SPELLCHECK_DICTIONARY_URL)');
    const install = main.indexOf('installBundledDictionaries(');
    const languages = main.indexOf('setSpellCheckerLanguages(');
    expect(setUrl).toBeGreaterThan(0);
    expect(install).toBeGreaterThan(setUrl);
    expect(languages).toBeGreaterThan(install);
    expect(main.match(/setSpellCheckerDictionaryDownloadURL\(/g)).toHaveLength(1);
    expect(main).not.toMatch(/https?:\/\//);
  });

  it('the package carries the dictionaries in resources/dictionaries', async () => {
    const yml = await readFile(new URL('../electron-builder.yml', import.meta.url), 'utf8');
    const extra = yml.slice(yml.indexOf('extraResources:'));
    expect(extra).toMatch(/- from: build\/dictionaries\n\s+to: dictionaries\n/);
    expect(extra).toContain("- '*.bdic'");
  });

  it('a dictionary asked of our origin is not there: the download ends in the app', async () => {
    const handler = createAppProtocolHandler(rendererDir);
    for (const file of ['de-DE-3-0.bdic', 'de-de-3-0.bdic', 'en-US-10-1.bdic']) {
      const response = await handler(new Request(`${SPELLCHECK_DICTIONARY_URL}${file}`));
      expect(response.status, file).toBe(404);
    }
  });
});

describe('Electron security checklist', () => {
  it('1. loads only secure content: our own app:// origin, a secure standard scheme', () => {
    expect(APP_START_URL).toBe('app://protokollant/index.html');
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({
      standard: true,
      secure: true,
      bypassCSP: false,
      corsEnabled: false,
    });
  });

  it('2. no Node.js integration anywhere in the page', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('3. context isolation and 4. the process sandbox are on; the preload is ours', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
  });

  it('5. every permission request and check is denied', () => {
    const callback = vi.fn();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'fullscreen',
    ]) {
      denyPermissionRequest(null, permission, callback);
    }
    expect(callback).toHaveBeenCalledTimes(6);
    expect(callback.mock.calls.every(([granted]) => granted === false)).toBe(true);
    expect(denyPermissionCheck()).toBe(false);
  });

  it('6. web security stays on, 8. no insecure content, 9. no experimental features, 10. no Blink features', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('7. a strict CSP on every response of the app protocol, error pages too', async () => {
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'none'",
      "connect-src 'self'",
    ]) {
      expect(CONTENT_SECURITY_POLICY).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    const handler = createAppProtocolHandler(rendererDir);
    for (const url of ['app://protokollant/index.html', 'app://protokollant/missing.js']) {
      const response = await handler(new Request(url));
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('11./12. no <webview>: the tag is off and attaching one is prevented', () => {
    expect(prefs.webviewTag).toBe(false);
    const event = { preventDefault: vi.fn() };
    preventWebview(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('13. navigation is blocked; a web or mail link goes to the system browser after asking', () => {
    const external = vi.fn();
    const guard = navigationGuard(external);
    for (const url of [
      'https://example.org/',
      'file:///etc/passwd',
      'app://protokollant/other.html',
      'javascript:alert(1)',
    ]) {
      const event = { preventDefault: vi.fn() };
      guard(event, url);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
    expect(external.mock.calls).toEqual([['https://example.org/']]);
  });

  it('14. no new windows from the page', () => {
    const external = vi.fn();
    const guard = windowOpenGuard(external);
    expect(guard({ url: 'https://example.org/x' })).toEqual({ action: 'deny' });
    expect(guard({ url: 'app://protokollant/index.html' })).toEqual({ action: 'deny' });
    expect(guard({ url: 'smb://server/share' })).toEqual({ action: 'deny' });
    expect(external.mock.calls).toEqual([['https://example.org/x']]);
  });

  it('15. shell.openExternal only for http(s) and mailto', () => {
    expect(isAllowedExternalUrl('https://www.stuttgart.de/')).toBe(true);
    expect(isAllowedExternalUrl('http://example.org')).toBe(true);
    expect(isAllowedExternalUrl('mailto:rat@example.org')).toBe(true);
    for (const url of [
      'file:///C:/Windows/system32/calc.exe',
      'javascript:alert(1)',
      'smb://x/y',
      'ms-msdt:/id',
      'data:text/html,x',
      'not a url',
      'https://',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it('16. a current Electron', async () => {
    const pkg = JSON.parse(
      await readFile(new URL('../node_modules/electron/package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    expect(Number(pkg.version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });

  it('17. (sender check) only our windows, our origin, the main frame', () => {
    const ids = new Set([7]);
    expect(
      isTrustedSender(
        { webContentsId: 7, frameUrl: 'app://protokollant/index.html', isMainFrame: true },
        ids,
      ),
    ).toBe(true);
    expect(
      isTrustedSender(
        { webContentsId: 8, frameUrl: 'app://protokollant/index.html', isMainFrame: true },
        ids,
      ),
    ).toBe(false);
    expect(
      isTrustedSender(
        { webContentsId: 7, frameUrl: 'https://evil.example/', isMainFrame: true },
        ids,
      ),
    ).toBe(false);
    expect(
      isTrustedSender(
        { webContentsId: 7, frameUrl: 'app://protokollant/index.html', isMainFrame: false },
        ids,
      ),
    ).toBe(false);
    expect(isTrustedSender({ webContentsId: 7, frameUrl: null, isMainFrame: true }, ids)).toBe(
      false,
    );
    expect(isAppUrl('app://protokollant.evil/index.html')).toBe(false);
  });

  it('18. a custom protocol instead of file://, serving dist/renderer only', async () => {
    const handler = createAppProtocolHandler(rendererDir);
    const index = await handler(new Request('app://protokollant/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(await index.text()).toContain('Protokollant');
    const script = await handler(new Request('app://protokollant/assets/app.js'));
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    for (const url of [
      'app://protokollant/../secret.txt',
      'app://protokollant/%2e%2e/secret.txt',
      'app://protokollant/assets/..%2f..%2fsecret.txt',
      'app://protokollant/assets/%2e%2e%5c..%5csecret.txt',
      'app://protokollant/escape.txt',
      'app://other/index.html',
      'app://protokollant/assets',
    ]) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('geheim');
    }
    const post = await handler(
      new Request('app://protokollant/index.html', { method: 'POST', body: 'x' }),
    );
    expect(post.status).toBe(405);
  });

  it('19. fuses: the packaged binary cannot run as Node, take NODE_OPTIONS or --inspect, or load code outside its asar', async () => {
    const yml = await readFile(new URL('../electron-builder.yml', import.meta.url), 'utf8');
    const fuses = yml.slice(yml.indexOf('electronFuses:'));
    for (const line of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'enableEmbeddedAsarIntegrityValidation: true',
      'onlyLoadAppFromAsar: true',
      'grantFileProtocolExtraPrivileges: false',
    ]) {
      expect(fuses).toMatch(new RegExp(`^\\s+${line}$`, 'm'));
    }
    expect(yml).toMatch(/mimeType: application\/x-protokollant/);
    expect(yml).toMatch(/name: Protokollant-Niederschrift/);
  });

  it('dev tools only in development', () => {
    expect(prefs.devTools).toBe(false);
    expect(windowOptions({ preload: 'p', isDev: true }).webPreferences!.devTools).toBe(true);
  });
});

let dir: string;
let rendererDir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pk-protocol-'));
  rendererDir = join(dir, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Protokollant</title>');
  await writeFile(join(rendererDir, 'assets', 'app.js'), 'export {}');
  await writeFile(join(dir, 'secret.txt'), 'geheim');
  await symlink(join(dir, 'secret.txt'), join(rendererDir, 'escape.txt'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
