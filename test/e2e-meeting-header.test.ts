import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProtokoll } from '../core/file/format';
import { printedFieldValue } from '../core/model/fields';
import type { ProtocolDocument } from '../core/model/schema';
import { formalName } from '../core/style/names';
import {
  harnessDocument,
  startMeetingHarness,
  type MeetingHarness,
} from './support/harness-meeting';
import { SEED_HEADER, STUTTGART_EXAMPLE } from './support/seed';

/**
 * The header form in Chromium: the Stuttgart header typed in from an empty document until the
 * model holds what the Stuttgart example holds; validation messages on the way.
 */

let harness: MeetingHarness;
beforeAll(async () => {
  harness = await startMeetingHarness();
});
afterAll(async () => {
  await harness?.close();
});

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const messageOf = (page: Page, label: string) =>
  field(page, label).evaluate((el) => {
    const id = el.getAttribute('aria-describedby');
    return id ? (window.document.getElementById(id)?.textContent ?? null) : null;
  });

async function newPerson(
  page: Page,
  forField: string,
  fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void>,
) {
  await page.getByRole('button', { name: `Neue Person für „${forField}“ anlegen` }).click();
  const dialog = page.getByRole('dialog');
  await fill(dialog);
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog.count()).resolves.toBe(0);
}

const HEADER_KEYS = [
  'body.name',
  'item.minutesNumber',
  'item.number',
  'item.treatment',
  'item.paperRef',
  'item.fileRef',
  'meeting.date',
  'item.sessionKind',
  'meeting.chair',
  'item.rapporteur',
  'meeting.clerk',
  'item.title',
] as const;

const printed = (doc: ProtocolDocument) =>
  Object.fromEntries(HEADER_KEYS.map((key) => [key, printedFieldValue(doc, doc.items[0], key)]));

describe('header form', () => {
  it('fills the Stuttgart header from scratch until the model equals the example', async () => {
    const page = await harness.open('doc=stuttgart-new');
    const example = parseProtokoll(readFileSync(STUTTGART_EXAMPLE, 'utf8'), 'stuttgart');

    await field(page, 'Niederschrift Nr.').pressSequentially('233');
    await field(page, 'TOP').fill('12');
    await expect(field(page, 'Behandlung').inputValue()).resolves.toBe('Verhandlung');

    // A paper reference off the house format: kept as typed, the hint shown on leaving.
    await field(page, 'Drucksache').pressSequentially('288-2018');
    await page.keyboard.press('Tab');
    await expect(messageOf(page, 'Drucksache')).resolves.toBe(
      '„288-2018“ entspricht nicht dem Format: Nummer/Jahr, z. B. 288/2018.',
    );
    await expect(field(page, 'Drucksache').getAttribute('aria-invalid')).resolves.toBe('true');
    await field(page, 'Drucksache').fill('288/2018');
    await expect(messageOf(page, 'Drucksache')).resolves.toBeNull();

    // Typed key by key, spaces and all.
    await field(page, 'GZ').pressSequentially('AKR 0410-00');

    // A date that does not exist stays in the field with the reason; the model keeps no date.
    await field(page, 'Sitzungstermin').pressSequentially('31.06.2018');
    await page.keyboard.press('Tab');
    await expect(messageOf(page, 'Sitzungstermin')).resolves.toBe(
      '„31.06.2018“ ist kein gültiges Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 27.06.2018.',
    );
    await expect(field(page, 'Sitzungstermin').inputValue()).resolves.toBe('31.06.2018');
    expect((await harnessDocument(page)).meeting.date).toBe('');
    await field(page, 'Sitzungstermin').fill('27.6.2018');
    await page.keyboard.press('Tab');
    await expect(field(page, 'Sitzungstermin').inputValue()).resolves.toBe('27.06.2018');
    await expect(page.getByText('Mittwoch, 27. Juni 2018').count()).resolves.toBe(1);
    expect((await harnessDocument(page)).meeting.date).toBe('2018-06-27');

    await page.getByRole('radio', { name: 'nichtöffentlich' }).check();
    expect((await harnessDocument(page)).items[0]!.public).toBe(false);
    await page.getByRole('radio', { name: 'öffentlich', exact: true }).check();

    // Vorsitz: a new person, named as the minutes name them.
    await newPerson(page, 'Vorsitz', async (dialog) => {
      await dialog.getByLabel('Amtsbezeichnung').fill('BM');
      await dialog.getByLabel('Akademischer Titel').fill('Dr.');
      await dialog.getByLabel('Familienname').fill('Mayer');
      await expect(
        dialog.getByText('BM Dr. Mayer', { exact: true }).count(),
      ).resolves.toBeGreaterThan(0);
    });
    const chair = field(page, 'Vorsitz');
    await expect(
      chair.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent),
    ).resolves.toBe('BM Dr. Mayer');

    await field(page, 'Berichterstattung').fill('-');

    await newPerson(page, 'Protokollführung', async (dialog) => {
      await dialog.getByLabel('Anrede').selectOption('Herr');
      await dialog.getByLabel('Familienname').fill('Häbe');
    });

    const subject = SEED_HEADER.find(([label]) => label === 'Betreff:')![1];
    await field(page, 'Betreff').fill(subject);
    await page.keyboard.press('Tab');

    const doc = await harnessDocument(page);
    expect(printed(doc)).toEqual(printed(example));
    const [mine, theirs] = [doc.items[0]!, example.items[0]!];
    for (const key of [
      'number',
      'minutesNumber',
      'treatment',
      'paperRef',
      'fileRef',
      'rapporteur',
      'public',
      'title',
    ] as const) {
      expect(mine[key], key).toEqual(theirs[key]);
    }
    expect(doc.meeting).toMatchObject({ date: example.meeting.date });
    // Chair and clerk sign as such, as in the example.
    const signer = (d: ProtocolDocument, role: string) =>
      formalName(
        d.people.find((p) => p.id === d.rules.signatories.find((s) => s.role === role)!.personId)!,
      );
    expect(signer(doc, 'chair')).toBe(signer(example, 'chair'));
    expect(signer(doc, 'clerk')).toBe(signer(example, 'clerk'));
    // No field complains any more.
    await expect(page.locator('.pk-header .pk-message').count()).resolves.toBe(0);
  });

  it('shows required fields once left empty, and refuses an empty TOP number', async () => {
    const page = await harness.open('doc=stuttgart-new');
    await field(page, 'Niederschrift Nr.').focus();
    await page.keyboard.press('Tab');
    await expect(messageOf(page, 'Niederschrift Nr.')).resolves.toBe(
      'Niederschrift Nr. ist ein Pflichtfeld.',
    );
    await expect(messageOf(page, 'Betreff')).resolves.toBeNull();

    await field(page, 'TOP').fill('');
    await expect(messageOf(page, 'TOP')).resolves.toBe('Ein TOP braucht eine Nummer.');
    expect((await harnessDocument(page)).items[0]!.number).toBe('1');
    await expect(field(page, 'TOP').inputValue()).resolves.toBe('');
  });

  it('refuses a person without family name in the dialog, and Escape cancels', async () => {
    const page = await harness.open('doc=stuttgart-new');
    await page.getByRole('button', { name: 'Neue Person für „Vorsitz“ anlegen' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await expect(dialog.getByRole('alert').textContent()).resolves.toBe(
      'Bitte einen Familiennamen eingeben.',
    );
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    expect((await harnessDocument(page)).people).toEqual([]);
    // Focus is back on the field the person was for.
    await expect(page.evaluate(() => window.document.activeElement?.tagName)).resolves.toBe(
      'SELECT',
    );
  });

  it('edits the meeting header of whole-meeting minutes: times, end after start', async () => {
    const page = await harness.open('doc=kleinweiler');
    await field(page, 'Ende').fill('18.15');
    await page.keyboard.press('Tab');
    await expect(field(page, 'Ende').inputValue()).resolves.toBe('18:15');
    await expect(messageOf(page, 'Ende')).resolves.toBe(
      'Das Ende (18:15 Uhr) liegt nicht nach dem Beginn (18:30 Uhr).',
    );
    await field(page, 'Ende').fill('2105');
    await page.keyboard.press('Tab');
    await expect(messageOf(page, 'Ende')).resolves.toBeNull();
    expect((await harnessDocument(page)).meeting.end).toBe('21:05');

    await field(page, 'Vorsitz').selectOption({ label: 'GR Dr. Conrad (CDU)' });
    const doc = await harnessDocument(page);
    expect(doc.meeting.chairId).toBe('p-conrad');
    expect(doc.rules.signatories[0]!.personId).toBe('p-conrad');
  });

  it('moves a whole-meeting item into the non-public part with its session kind', async () => {
    const page = await harness.open('doc=kleinweiler');
    await page.getByRole('option', { name: /^TOP 2 / }).click();
    await page.getByRole('radio', { name: 'nichtöffentlich' }).check();
    const doc = await harnessDocument(page);
    expect(doc.items.map((i) => i.id).slice(4, 7)).toEqual(['top-6', 'top-2', 'top-7']);
    await expect(
      page
        .getByRole('group', { name: /Nichtöffentlicher Teil/ })
        .getByRole('option')
        .first()
        .textContent(),
    ).resolves.toMatch(/^TOP 2 /);
  });

  it('speaks English when asked', async () => {
    const page = await harness.open('doc=stuttgart-new&lang=en');
    await expect(field(page, 'Date').count()).resolves.toBe(1);
    await field(page, 'Date').fill('32.1.2018');
    await page.keyboard.press('Tab');
    await expect(messageOf(page, 'Date')).resolves.toBe(
      '“32.1.2018” is not a valid date. Please enter DD.MM.YYYY, e.g. 27.06.2018.',
    );
  });
});

describe('header form across items', () => {
  it('keeps a refused input of an item while another item is shown', async () => {
    const page = await harness.open('doc=kleinweiler');
    await page.getByRole('option', { name: /^TOP 2 / }).click();
    await field(page, 'TOP').fill('');
    await expect(messageOf(page, 'TOP')).resolves.toBe('Ein TOP braucht eine Nummer.');
    await page.getByRole('option', { name: /^TOP 3 / }).click();
    await expect(field(page, 'TOP').inputValue()).resolves.toBe('3');
    await expect(messageOf(page, 'TOP')).resolves.toBeNull();
    await page.getByRole('option', { name: /^TOP 2 / }).click();
    await expect(field(page, 'TOP').inputValue()).resolves.toBe('');
    await expect(messageOf(page, 'TOP')).resolves.toBe('Ein TOP braucht eine Nummer.');
    expect((await harnessDocument(page)).items[1]!.number).toBe('2');
    await field(page, 'TOP').fill('2a');
    expect((await harnessDocument(page)).items[1]!.number).toBe('2a');
    await expect(page.getByRole('option', { name: /^TOP 2a / }).count()).resolves.toBe(1);
  });
});
