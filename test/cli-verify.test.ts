import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, runCli } from './support/cli';

const SIGNED = new URL(
  '../examples/stuttgart-va-2018-06-27-top12-signed.protokoll',
  import.meta.url,
);
const UNSIGNED = new URL('../examples/stuttgart-va-2018-06-27-top12.protokoll', import.meta.url);
const DEMO_KEYRING = new URL('../examples/demo-schluesselverzeichnis.json', import.meta.url);

describe('protokollant verify', () => {
  let dir: string;
  beforeAll(() => {
    ensureCliBuilt();
    dir = mkdtempSync(join(tmpdir(), 'protokollant-verify-'));
  });

  function variant(
    name: string,
    change: (envelope: { document: Record<string, unknown> }) => void,
  ): string {
    const envelope = JSON.parse(readFileSync(SIGNED, 'utf8'));
    change(envelope);
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(envelope));
    return path;
  }

  it('a signed example with the demo keyring: exit 0, who signed when, demo keys said out loud', () => {
    const result = runCli(['verify', SIGNED.pathname, '--keyring', DEMO_KEYRING.pathname]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      'Bestätigt: alle 4 Unterschriften sind gültig und ihre Schlüssel gehören laut Schlüsselverzeichnis den Unterzeichnenden.',
    );
    expect(result.stdout).toContain(
      'Demo-Schlüssel, keine echte Unterschrift: BM Dr. Mayer (Vorsitz), Schlüssel ',
    );
    expect(result.stdout).toContain(
      'Vorsitz: BM Dr. Mayer, unterzeichnet am 05.07.2018, 10:00 Uhr',
    );
    expect(result.stdout).toContain(
      'Protokollführung: Herr Häbe, unterzeichnet am 08.07.2018, 10:00 Uhr',
    );
    // The full hash, grouped: a paper copy can be checked against it.
    expect(result.stdout).toMatch(/Prüfsumme \(SHA-256\): [0-9a-f]{4}( [0-9a-f]{4}){15}\n/);
  });

  it('the same file without a keyring: exit 1, says that nothing confirms the keys', () => {
    const result = runCli(['verify', SIGNED.pathname], { env: { PROTOKOLLANT_USER_DATA: dir } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Kein Schlüsselverzeichnis');
    expect(result.stdout).toContain('Demo-Schlüssel, keine echte Unterschrift');
  });

  it('the keyring set in the app’s settings is used when --keyring is not given', () => {
    const userData = mkdtempSync(join(tmpdir(), 'protokollant-verify-settings-'));
    writeFileSync(
      join(userData, 'settings.json'),
      JSON.stringify({ keyringPath: DEMO_KEYRING.pathname }),
    );
    const result = runCli(['verify', SIGNED.pathname], {
      env: { PROTOKOLLANT_USER_DATA: userData },
    });
    expect(result.status, result.stderr).toBe(0);
  });

  it('a word changed in the text: exit 1, says that and where', () => {
    const path = variant('text.protokoll', (e) => {
      const items = e.document.items as {
        content: { root: { children: { children: { children: { text?: string }[] }[] }[] } };
      }[];
      const paragraph = items[0]!.content.root.children[0]!.children[0]!.children[0]!;
      paragraph.text = paragraph.text!.replace('Vorlage', 'Vorlagen');
    });
    const result = runCli(['verify', path]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /Der Inhalt wurde nach der Unterschrift von BM Dr\. Mayer \(2018-07-05\) geändert.*Geändert: TOP 12\./,
    );
  });

  it('a changed signature: exit 1, names whose signature is invalid', () => {
    const path = variant('sig.protokoll', (e) => {
      const signatures = e.document.signatures as { signedAt: string }[];
      signatures[1]!.signedAt = '2018-07-01T10:00:00+02:00';
    });
    const result = runCli(['verify', path]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'Die Unterschrift von StR Dr. Reiners (Mitglied des Ausschusses) ist ungültig',
    );
  });

  it('a removed signature: exit 1, names the missing place', () => {
    const path = variant('missing.protokoll', (e) => {
      (e.document.signatures as unknown[]).pop();
    });
    const result = runCli(['verify', path]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Es fehlen Unterschriften: Protokollführung.');
  });

  it('an unsigned document: exit 1', () => {
    const result = runCli(['verify', UNSIGNED.pathname, '--lang', 'en']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('The minutes are not signed.');
  });
});
