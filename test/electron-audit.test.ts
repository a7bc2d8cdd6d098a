import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The Electron shell against Electron's security checklist (electronjs.org/docs/latest/tutorial/
 * security, points 1-20). Electron's runtime cannot run here, so the shell is built from pure
 * parts with unit tests (electron/security.test.ts, ipc.test.ts, preload.test.ts). This audit
 * checks that every point has a test that asserts the real setting and passes, that main.ts
 * wires each tested part to Electron, that the packaged binary gets its fuses, and that
 * Electronegativity finds nothing that is not justified.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

interface Point {
  point: number;
  /** The checklist's own words. */
  title: string;
  file: 'electron/security.test.ts' | 'electron/ipc.test.ts' | 'electron/preload.test.ts';
  /** The test that covers it, by its name. */
  test: RegExp;
  /** What that test must assert, in its source. */
  evidence: RegExp[];
}

const CHECKLIST: Point[] = [
  {
    point: 1,
    title: 'Only load secure content',
    file: 'electron/security.test.ts',
    test: /^1\. /,
    evidence: [/APP_START_URL\)\.toBe\('app:\/\/protokollant\//, /secure: true/],
  },
  {
    point: 2,
    title: 'Do not enable Node.js integration for remote content',
    file: 'electron/security.test.ts',
    test: /^2\. /,
    evidence: [
      /\.nodeIntegration\)\.toBe\(false\)/,
      /\.nodeIntegrationInWorker\)\.toBe\(false\)/,
      /\.nodeIntegrationInSubFrames\)\.toBe\(false\)/,
    ],
  },
  {
    point: 3,
    title: 'Enable context isolation',
    file: 'electron/security.test.ts',
    test: /3\. context isolation/,
    evidence: [/\.contextIsolation\)\.toBe\(true\)/],
  },
  {
    point: 4,
    title: 'Enable process sandboxing',
    file: 'electron/security.test.ts',
    test: /4\. the process sandbox/,
    evidence: [/\.sandbox\)\.toBe\(true\)/],
  },
  {
    point: 5,
    title: 'Handle session permission requests from remote content',
    file: 'electron/security.test.ts',
    test: /^5\. /,
    evidence: [
      /denyPermissionRequest\(/,
      /\(\[granted\]\) => granted === false/,
      /denyPermissionCheck\(\)\)\.toBe\(false\)/,
    ],
  },
  {
    point: 6,
    title: 'Do not disable webSecurity',
    file: 'electron/security.test.ts',
    test: /6\. web security/,
    evidence: [/\.webSecurity\)\.toBe\(true\)/],
  },
  {
    point: 7,
    title: 'Define a Content Security Policy',
    file: 'electron/security.test.ts',
    test: /^7\. /,
    evidence: [
      /"script-src 'self'"/,
      /"default-src 'self'"/,
      /get\('content-security-policy'\)\)\.toBe\(CONTENT_SECURITY_POLICY\)/,
    ],
  },
  {
    point: 8,
    title: 'Do not enable allowRunningInsecureContent',
    file: 'electron/security.test.ts',
    test: /8\. no insecure content/,
    evidence: [/\.allowRunningInsecureContent\)\.toBe\(false\)/],
  },
  {
    point: 9,
    title: 'Do not enable experimental features',
    file: 'electron/security.test.ts',
    test: /9\. no experimental features/,
    evidence: [/\.experimentalFeatures\)\.toBe\(false\)/],
  },
  {
    point: 10,
    title: 'Do not use enableBlinkFeatures',
    file: 'electron/security.test.ts',
    test: /10\. no Blink features/,
    evidence: [/\.enableBlinkFeatures\)\.toBeUndefined\(\)/],
  },
  {
    point: 11,
    title: '<webview>: Do not use allowpopups',
    file: 'electron/security.test.ts',
    test: /^11\.\/12\. /,
    evidence: [/\.webviewTag\)\.toBe\(false\)/],
  },
  {
    point: 12,
    title: '<webview>: Verify options and params',
    file: 'electron/security.test.ts',
    test: /^11\.\/12\. /,
    evidence: [/preventWebview\(event\)/, /preventDefault\)\.toHaveBeenCalled\(\)/],
  },
  {
    point: 13,
    title: 'Disable or limit navigation',
    file: 'electron/security.test.ts',
    test: /^13\. /,
    evidence: [/navigationGuard\(/, /preventDefault, url\)\.toHaveBeenCalled\(\)/],
  },
  {
    point: 14,
    title: 'Disable or limit creation of new windows',
    file: 'electron/security.test.ts',
    test: /^14\. /,
    evidence: [/windowOpenGuard\(/, /toEqual\(\{ action: 'deny' \}\)/],
  },
  {
    point: 15,
    title: 'Do not use shell.openExternal with untrusted content',
    file: 'electron/security.test.ts',
    test: /^15\. /,
    evidence: [/isAllowedExternalUrl\(url\), url\)\.toBe\(false\)/, /'file:\/\//, /'javascript:/],
  },
  {
    point: 16,
    title: 'Use a current version of Electron',
    file: 'electron/security.test.ts',
    test: /^16\. /,
    evidence: [/node_modules\/electron\/package\.json/, /toBeGreaterThanOrEqual\(\d+\)/],
  },
  {
    point: 17,
    title: 'Validate the sender of all IPC messages',
    file: 'electron/ipc.test.ts',
    test: /refuses other senders/,
    evidence: [/forbidden/],
  },
  {
    point: 17,
    title: 'Validate the sender of all IPC messages (the rule)',
    file: 'electron/security.test.ts',
    test: /^17\. /,
    evidence: [/isTrustedSender\(/, /isMainFrame: false/, /frameUrl: null/],
  },
  {
    point: 18,
    title: 'Avoid usage of the file:// protocol and prefer usage of custom protocols',
    file: 'electron/security.test.ts',
    test: /^18\. /,
    evidence: [/createAppProtocolHandler\(/, /%2e%2e/, /toBe\(404\)/],
  },
  {
    point: 19,
    title: 'Check which fuses you can change',
    file: 'electron/security.test.ts',
    test: /^19\. /,
    evidence: [
      /'runAsNode: false'/,
      /'onlyLoadAppFromAsar: true'/,
      /'enableEmbeddedAsarIntegrityValidation: true'/,
    ],
  },
  {
    point: 20,
    title: 'Do not expose Electron APIs to untrusted web content',
    file: 'electron/preload.test.ts',
    test: /exposes exactly call and on/,
    evidence: [/toEqual\(\['protokollant'\]\)/, /toEqual\(\['call', 'on'\]\)/],
  },
];

/** The `it(...)` calls of a test file: name and source of each. */
function testsOf(path: string): { name: string; source: string }[] {
  const source = ts.createSourceFile(path, read(path), ts.ScriptTarget.Latest, true);
  const found: { name: string; source: string }[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'it' &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push({ name: node.arguments[0].text, source: node.getText(source) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

interface VitestJson {
  testResults: { name: string; assertionResults: { title: string; status: string }[] }[];
}

describe('Electron security checklist: every point has a test that asserts it, and it passes', () => {
  let results: VitestJson;
  let work: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'pk-electron-audit-'));
    const output = join(work, 'results.json');
    const files = [...new Set(CHECKLIST.map((p) => p.file))];
    const run = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/vitest/vitest.mjs'),
        'run',
        '--project',
        'unit',
        ...files,
        '--reporter=json',
        `--outputFile=${output}`,
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    results = JSON.parse(readFileSync(output, 'utf8')) as VitestJson;
    expect(results.testResults.length, run.stderr).toBe(files.length);
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('points 1 to 20 are all mapped', () => {
    expect([...new Set(CHECKLIST.map((p) => p.point))]).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });

  for (const point of CHECKLIST) {
    it(`${point.point}. ${point.title}`, () => {
      const matches = testsOf(point.file).filter((t) => point.test.test(t.name));
      expect(
        matches.map((t) => t.name),
        `${point.file}: a test named ${point.test}`,
      ).toHaveLength(1);
      const [test] = matches;
      for (const evidence of point.evidence) expect(test!.source, test!.name).toMatch(evidence);
      const file = results.testResults.find((r) => r.name.endsWith(point.file))!;
      const result = file.assertionResults.find((a) => a.title === test!.name);
      expect(result?.status, `${point.file} › ${test!.name}`).toBe('passed');
    });
  }
});

describe('main.ts wires every tested part to Electron', () => {
  const main = read('electron/main.ts');
  const print = read('electron/print-to-pdf.ts');

  it('every web contents is hardened: navigation, redirects, <webview>, new windows', () => {
    expect(main).toMatch(
      /app\.on\('web-contents-created', \(_event, contents\) => harden\(contents\)\)/,
    );
    const harden = main.slice(main.indexOf('const harden = '), main.indexOf('const createWindow'));
    expect(harden).toMatch(/contents\.on\('will-navigate', navigationGuard\(external\)\)/);
    expect(harden).toMatch(/contents\.on\('will-redirect', navigationGuard\(external\)\)/);
    expect(harden).toMatch(/contents\.on\('will-attach-webview', preventWebview\)/);
    expect(harden).toMatch(/contents\.setWindowOpenHandler\(windowOpenGuard\(external\)\)/);
  });

  it('permissions are denied on the session, the app protocol is registered and served', () => {
    expect(main).toMatch(
      /session\.defaultSession\.setPermissionRequestHandler\(denyPermissionRequest\)/,
    );
    expect(main).toMatch(
      /session\.defaultSession\.setPermissionCheckHandler\(denyPermissionCheck\)/,
    );
    expect(main).toMatch(/protocol\.registerSchemesAsPrivileged\(\[APP_SCHEME_PRIVILEGES\]\)/);
    expect(main).toMatch(/protocol\.handle\(APP_SCHEME, createAppProtocolHandler\(/);
  });

  it('every window is made with windowOptions and loads only the app', () => {
    const windows = [...main.matchAll(/new BrowserWindow\(\s*([A-Za-z]+)\(/g)];
    expect(windows.length).toBeGreaterThan(0);
    expect(main.match(/new BrowserWindow\(/g)?.length).toBe(windows.length);
    expect(windows.map((m) => m[1])).toEqual(windows.map(() => 'windowOptions'));
    const loads = [...main.matchAll(/\.loadURL\(([^)]*)\)/g)].map((m) => m[1]);
    expect(loads.length).toBeGreaterThan(0);
    expect(new Set(loads)).toEqual(new Set(['APP_START_URL']));
    expect(main).not.toMatch(/loadFile\(|file:\/\//);
    // Development tools only in development.
    expect(main).toMatch(/const isDev = !app\.isPackaged;/);
  });

  it('IPC goes only through registerHostIpc (sender check and contract), links only after asking', () => {
    expect(main).toMatch(/registerHostIpc\(ipcMain, \{/);
    expect(main).not.toMatch(/ipcMain\.(handle|on|once)\(/);
    const external = [...main.matchAll(/shell\.openExternal\(/g)];
    expect(external).toHaveLength(1);
    const confirm = main.slice(main.indexOf('const confirmExternal'), main.indexOf('const harden'));
    expect(confirm).toMatch(
      /dialog\.showMessageBox[\s\S]*if \(response !== 0\) return false;[\s\S]*shell\.openExternal\(url\)/,
    );
  });

  it('the hidden print window: no script, sandboxed, isolated, no windows, no navigation, no permissions', () => {
    const options = print.slice(
      print.indexOf('new BrowserWindow({'),
      print.indexOf('});', print.indexOf('new BrowserWindow({')),
    );
    for (const setting of [
      'javascript: false',
      'sandbox: true',
      'contextIsolation: true',
      'nodeIntegration: false',
      'webSecurity: true',
      'show: false',
    ]) {
      expect(options).toContain(setting);
    }
    expect(print).toMatch(/setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(print).toMatch(/on\('will-navigate', \(event\) => event\.preventDefault\(\)\)/);
    expect(print).toMatch(
      /setPermissionRequestHandler\(\(_contents, _permission, callback\) => callback\(false\)\)/,
    );
    expect(print).toMatch(/setPermissionCheckHandler\(\(\) => false\)/);
  });
});

describe('electron-builder.yml: the packaged binary', () => {
  const yml = read('electron-builder.yml');

  /** The `key: value` lines of a top-level block of the YAML file. */
  function block(name: string): Record<string, string> {
    const lines = yml.split('\n');
    const start = lines.findIndex((line) => line === `${name}:`);
    expect(start, `${name}: in electron-builder.yml`).toBeGreaterThanOrEqual(0);
    const values: Record<string, string> = {};
    for (const line of lines.slice(start + 1)) {
      const match = /^\s+([A-Za-z]+):\s*(\S+)\s*$/.exec(line);
      if (!match) break;
      values[match[1]!] = match[2]!;
    }
    return values;
  }

  it('sets the fuses: no running as Node, no NODE_OPTIONS, no --inspect, the app only from its checked asar', () => {
    expect(block('electronFuses')).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
      grantFileProtocolExtraPrivileges: 'false',
    });
    // Integrity validation checks the asar: there must be one.
    expect(yml).toMatch(/^asar: true$/m);
  });

  it('packages the app, not the test harness pages or source maps', () => {
    const files = yml
      .slice(yml.indexOf('\nfiles:') + 1)
      .split('\n')
      .slice(1);
    const patterns = files
      .slice(
        0,
        files.findIndex((line) => !line.startsWith('  - ')),
      )
      .map((line) => line.slice(4).replace(/^'(.*)'$/, '$1'));
    expect(patterns).toContain('dist/**/*');
    const toRegExp = (glob: string) =>
      new RegExp(
        `^${glob
          .split(/(\*\*\/|\*\*|\*)/)
          .map((part) =>
            part === '**/'
              ? '(?:.*/)?'
              : part === '**'
                ? '.*'
                : part === '*'
                  ? '[^/]*'
                  : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
          )
          .join('')}$`,
      );
    // electron-builder: a file is in when the last pattern that matches it is not a negation.
    const packaged = (path: string) => {
      let included = false;
      for (const pattern of patterns) {
        const negated = pattern.startsWith('!');
        if (toRegExp(negated ? pattern.slice(1) : pattern).test(path)) included = !negated;
      }
      return included;
    };
    expect(packaged('dist/renderer/index.html')).toBe(true);
    expect(packaged('dist/electron/main.cjs')).toBe(true);
    expect(packaged('dist/electron/preload.cjs')).toBe(true);
    for (const path of [
      'dist/renderer/assets/main-x.js.map',
      'dist/renderer/assets/harness-editor-x.js',
      'dist/renderer/harness/editor.html',
      'dist/renderer/harness/meeting.html',
    ]) {
      expect(packaged(path), path).toBe(false);
    }
  });
});

describe('Electronegativity (npm run lint)', () => {
  const lint = (env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/lint.mjs'), '--electronegativity'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...env },
    });

  it('finds nothing that is not justified in electron/ and the built renderer', () => {
    const result = lint();
    expect(result.stdout).toMatch(
      /electronegativity \d+\.\d+\.\d+: \d+ files, \d+ checks, \d+ findings, 0 not justified/,
    );
    expect(result.status, result.stdout + result.stderr).toBe(0);
  }, 120_000);

  it('fails on an insecure window (the step can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pk-electronegativity-plant-'));
    try {
      const planted = join(dir, 'insecure.ts');
      writeFileSync(
        planted,
        "import { BrowserWindow } from 'electron';\n" +
          'export const insecure = new BrowserWindow({\n' +
          '  webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false },\n' +
          '});\n',
      );
      const result = lint({ PROTOKOLLANT_ELECTRONEGATIVITY_PLANT: planted });
      expect(result.status).toBe(1);
      expect(result.stdout).toMatch(/FINDING {4}CONTEXT_ISOLATION_JS_CHECK electron\/planted\.ts/);
      expect(result.stdout).toMatch(/FINDING {4}WEB_SECURITY_JS_CHECK electron\/planted\.ts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
