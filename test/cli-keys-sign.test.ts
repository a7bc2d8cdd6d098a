import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseProtokoll, serializeProtokoll } from '../core/file/format';
import { sendForReview } from '../core/review/workflow';
import { loadDocument } from './support/review';
import { STUTTGART_EXAMPLE } from './support/seed';
import { ensureCliBuilt, runCli } from './support/cli';

/**
 * Keys made by their holders, the body's keyring and signing, through the real command line:
 * files on disk, modes read back, OpenSSL's own key format, and verify on the result.
 */
describe('protokollant keys, keyring, sign', () => {
  let dir: string;
  const run = (args: string[]) => runCli(args, { cwd: dir, env: { PROTOKOLLANT_USER_DATA: dir } });
  const signers = [
    { file: 'mayer', name: 'BM Dr. Mayer', slot: 'chair', person: [] as string[] },
    {
      file: 'reiners',
      name: 'StR Dr. Reiners',
      slot: 'member',
      person: ['--person', 'StR Dr. Reiners'],
    },
    { file: 'perc', name: 'StR Perc', slot: 'member', person: ['--person', 'StR Perc'] },
    { file: 'haebe', name: 'Herr Häbe', slot: 'clerk', person: [] as string[] },
  ];

  beforeAll(() => {
    ensureCliBuilt();
    dir = mkdtempSync(join(tmpdir(), 'protokollant-keys-'));
    writeFileSync(join(dir, 'pw'), 'ein langes Passwort\n');
    writeFileSync(join(dir, 'falsch'), 'ein anderes Passwort\n');
    writeFileSync(join(dir, 'kurz'), 'kurz\n');
    // The minutes sent for review, the member places not yet designated.
    const document = loadDocument(STUTTGART_EXAMPLE);
    const review = sendForReview(document, 'Herr Häbe', '2018-07-02T09:00:00+02:00');
    review.rules.signatories = review.rules.signatories.map((s) =>
      s.role === 'member' ? { ...s, personId: '' } : s,
    );
    writeFileSync(join(dir, 'top12.protokoll'), serializeProtokoll(review));
  });

  it('keys new: an encrypted PKCS#8 key, created 0600, never overwritten', () => {
    for (const signer of signers) {
      const made = run(['keys', 'new', '--out', `${signer.file}.pem`, '--passphrase-file', 'pw']);
      expect(made.status, made.stderr).toBe(0);
      expect(made.stdout).toMatch(/Fingerabdruck [0-9a-f]{4}( [0-9a-f]{4}){7}/);
    }
    const pem = readFileSync(join(dir, 'mayer.pem'), 'utf8');
    expect(pem).toMatch(/^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    expect(statSync(join(dir, 'mayer.pem')).mode & 0o777).toBe(0o600);
    const again = run(['keys', 'new', '--out', 'mayer.pem', '--passphrase-file', 'pw']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('ein Schlüssel wird nie überschrieben');
    expect(readFileSync(join(dir, 'mayer.pem'), 'utf8')).toBe(pem);
    const short = run(['keys', 'new', '--out', 'kurz.pem', '--passphrase-file', 'kurz']);
    expect(short.status).not.toBe(0);
  });

  it('keys card: the public card, only with the right passphrase', () => {
    const wrong = run([
      'keys',
      'card',
      'mayer.pem',
      '--name',
      'BM Dr. Mayer',
      '--out',
      'x.json',
      '--passphrase-file',
      'falsch',
    ]);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('Die Passphrase passt nicht');
    for (const signer of signers) {
      const card = run([
        'keys',
        'card',
        `${signer.file}.pem`,
        '--name',
        signer.name,
        '--out',
        `${signer.file}.json`,
        '--passphrase-file',
        'pw',
      ]);
      expect(card.status, card.stderr).toBe(0);
    }
    const card = JSON.parse(readFileSync(join(dir, 'mayer.json'), 'utf8'));
    expect(card).toMatchObject({ format: 'protokollant/key-card', name: 'BM Dr. Mayer' });
    expect(JSON.stringify(card)).not.toContain('PRIVATE');
  });

  it('keyring add, list, remove', () => {
    for (const signer of signers) {
      const added = run([
        'keyring',
        'add',
        'verzeichnis.json',
        `${signer.file}.json`,
        '--from',
        '2018-01-01',
      ]);
      expect(added.status, added.stderr).toBe(0);
    }
    const twice = run(['keyring', 'add', 'verzeichnis.json', 'mayer.json']);
    expect(twice.status).toBe(1);
    expect(twice.stderr).toContain('steht bereits im Schlüsselverzeichnis');
    const list = run(['keyring', 'list', 'verzeichnis.json']);
    expect(list.stdout.trim().split('\n')).toHaveLength(4);
    expect(list.stdout).toContain('BM Dr. Mayer: Schlüssel ');
    // A scratch copy to remove from: the real one is used below.
    writeFileSync(join(dir, 'kopie.json'), readFileSync(join(dir, 'verzeichnis.json')));
    const fingerprint = /Schlüssel ([0-9a-f ]{39})/.exec(list.stdout)![1]!;
    expect(run(['keyring', 'remove', 'kopie.json', fingerprint]).status).toBe(0);
    expect(run(['keyring', 'list', 'kopie.json']).stdout.trim().split('\n')).toHaveLength(3);
  });

  it('an unencrypted Ed25519 key as OpenSSL writes it is accepted', () => {
    execFileSync('openssl', ['genpkey', '-algorithm', 'ed25519', '-out', join(dir, 'openssl.pem')]);
    const card = run([
      'keys',
      'card',
      'openssl.pem',
      '--name',
      'Frau Test',
      '--out',
      'openssl.json',
    ]);
    expect(card.status, card.stderr).toBe(0);
    const pub = execFileSync('openssl', [
      'pkey',
      '-in',
      join(dir, 'openssl.pem'),
      '-pubout',
      '-outform',
      'DER',
    ]);
    // The raw key is the last 32 bytes of the SubjectPublicKeyInfo.
    expect(JSON.parse(readFileSync(join(dir, 'openssl.json'), 'utf8')).publicKey).toBe(
      pub.subarray(-32).toString('base64'),
    );
  });

  it('sign: each holder signs their place; the host refuses a key that is not theirs', () => {
    const refused = run([
      'sign',
      'top12.protokoll',
      '--key',
      'mayer.pem',
      '--passphrase-file',
      'pw',
      '--slot',
      'member',
      '--person',
      'StR Perc',
      '--keyring',
      'verzeichnis.json',
    ]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(
      'gehört laut Schlüsselverzeichnis nicht der Person dieser Stelle',
    );
    const absent = run([
      'sign',
      'top12.protokoll',
      '--key',
      'reiners.pem',
      '--passphrase-file',
      'pw',
      '--slot',
      'member',
      '--person',
      'Herr Reichert',
      '--keyring',
      'verzeichnis.json',
    ]);
    expect(absent.status).toBe(1);
    expect(absent.stderr).toContain('ist kein Mitglied');
    for (const signer of signers) {
      const signed = run([
        'sign',
        'top12.protokoll',
        '--key',
        `${signer.file}.pem`,
        '--passphrase-file',
        'pw',
        '--slot',
        signer.slot,
        ...signer.person,
        '--keyring',
        'verzeichnis.json',
      ]);
      expect(signed.status, signed.stderr).toBe(0);
      expect(signed.stdout).toContain(`unterzeichnet von ${signer.name}`);
    }
    const document = parseProtokoll(readFileSync(join(dir, 'top12.protokoll'), 'utf8'), 'x');
    expect(document.workflow.state).toBe('approved');
    const verified = run(['verify', 'top12.protokoll', '--keyring', 'verzeichnis.json']);
    expect(verified.status, verified.stderr).toBe(0);
    expect(verified.stdout).toContain('Bestätigt: alle 4 Unterschriften');
    expect(verified.stdout).not.toContain('Demo-Schlüssel');
    // Against another body's keyring (the demo one), the same file is not confirmed.
    const demo = join(import.meta.dirname, '../examples/demo-schluesselverzeichnis.json');
    const other = run(['verify', 'top12.protokoll', '--keyring', demo]);
    expect(other.status).toBe(1);
    expect(other.stderr).toContain(
      'Schlüssel nicht im Schlüsselverzeichnis: BM Dr. Mayer (Vorsitz), Schlüssel ',
    );
    // And the export says so on every page; with the right keyring it looks final.
    expect(
      run(['export', 'top12.protokoll', '--html', 'fremd.html', '--keyring', demo]).status,
    ).toBe(0);
    expect(readFileSync(join(dir, 'fremd.html'), 'utf8')).toContain(
      'Unterschriften nicht bestätigt',
    );
    expect(
      run(['export', 'top12.protokoll', '--html', 'echt.html', '--keyring', 'verzeichnis.json'])
        .status,
    ).toBe(0);
    const final = readFileSync(join(dir, 'echt.html'), 'utf8');
    expect(final).not.toContain('Unterschriften nicht bestätigt');
    expect(final).toContain(
      'Elektronisch unterzeichnet; die Schlüssel sind im Schlüsselverzeichnis bestätigt.',
    );
  });
});
