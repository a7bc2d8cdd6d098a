import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attendanceSummary } from '../core/attendance/summary';
import {
  harnessDocument,
  startMeetingHarness,
  type MeetingHarness,
} from './support/harness-meeting';

/**
 * The attendance editor in Chromium on the Kleinweiler example: marking people by keyboard
 * with the count following, reasons, arrivals and departures, findings, the roster.
 */

let harness: MeetingHarness;
beforeAll(async () => {
  harness = await startMeetingHarness();
});
afterAll(async () => {
  await harness?.close();
});

const count = (page: Page) => page.getByTestId('attendance-count').textContent();
const row = (page: Page, personId: string) => page.locator(`tr[data-person-id="${personId}"]`);
const record = async (page: Page, personId: string) =>
  (await harnessDocument(page)).attendance.find((a) => a.personId === personId);
const focusedRow = (page: Page) =>
  page.evaluate(() => window.document.activeElement?.closest('tr')?.getAttribute('data-person-id'));

describe('attendance editor', () => {
  it('marks people with the status letters, row by row, and the count follows', async () => {
    const page = await harness.open();
    const before = attendanceSummary(await harnessDocument(page))!;
    expect(await count(page)).toContain(`Anwesend: ${before.presentCount} von 13 Mitgliedern`);

    // The table has one tab stop: the first person's status.
    await row(page, 'p-keller').getByRole('radio', { name: 'anwesend' }).focus();
    await page.keyboard.press('ArrowDown'); // Albrecht
    await page.keyboard.press('e'); // excused, on to Baumann
    expect(await focusedRow(page)).toBe('p-baumann');
    await page.keyboard.press('u'); // absent, on to Conrad
    expect(await focusedRow(page)).toBe('p-conrad');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedRow(page)).toBe('p-albrecht');
    await page.keyboard.press('a'); // present again

    expect(await record(page, 'p-albrecht')).toMatchObject({ status: 'present' });
    expect(await record(page, 'p-baumann')).toMatchObject({ status: 'absent' });
    expect(await count(page)).toContain(`Anwesend: ${before.presentCount - 1} von 13 Mitgliedern`);
    // Roving tab stop: only the active row's controls are in the tab order.
    const rowsInTabOrder = await page.evaluate(() => [
      ...new Set(
        [...window.document.querySelectorAll('.pk-att__table [tabindex="0"]')].map((el) =>
          el.closest('tr')?.getAttribute('data-person-id'),
        ),
      ),
    ]);
    expect(rowsInTabOrder).toEqual(['p-baumann']); // 'a' on Albrecht moved on to Baumann
    await expect(
      row(page, 'p-baumann').getByRole('radio', { name: 'unentschuldigt' }).isChecked(),
    ).resolves.toBe(true);
  });

  it('marks twenty people quickly: every member excused in one pass, then the quorum is gone', async () => {
    const page = await harness.open();
    await row(page, 'p-keller').getByRole('radio', { name: 'anwesend' }).focus();
    for (let i = 0; i < 13; i++) await page.keyboard.press('e');
    expect(await count(page)).toContain('Anwesend: 0 von 13 Mitgliedern');
    await expect(page.getByTestId('quorum-hint').textContent()).resolves.toContain(
      'Nicht beschlussfähig zu Beginn: 0 anwesend, mindestens 7 von 13 nötig',
    );
    // The finding "beschlussfähig: ja" now contradicts the count, and the editor says so.
    await expect(
      page.getByText('Nach der Zählung fehlt die Beschlussfähigkeit').count(),
    ).resolves.toBe(1);
    // The pass went on into the administration; back to the top, seven members come after all.
    expect(await focusedRow(page)).toBe('p-braun');
    await page.keyboard.press('Control+Home');
    expect(await focusedRow(page)).toBe('p-keller');
    for (let i = 0; i < 7; i++) await page.keyboard.press('a');
    expect(await count(page)).toContain('Anwesend: 7 von 13 Mitgliedern');
    await expect(page.getByTestId('quorum-hint').textContent()).resolves.toMatch(
      /^Beschlussfähig zu Beginn/,
    );
  });

  it('records the reason of an absence from the suggestions or typed freely', async () => {
    const page = await harness.open();
    await row(page, 'p-dietz').getByRole('radio', { name: 'entschuldigt', exact: true }).check();
    const reason = page.getByRole('combobox', {
      name: 'Grund der Abwesenheit von GRin Heike Dietz',
    });
    await reason.fill('beruflich verhindert');
    await reason.press('Enter');
    expect(await record(page, 'p-dietz')).toMatchObject({
      status: 'excused',
      reason: 'beruflich verhindert',
    });
    await reason.fill('Fortbildung ');
    await reason.press('Tab');
    expect(await record(page, 'p-dietz')).toMatchObject({ reason: 'Fortbildung' });
    // Present again: no reason, and the field is closed.
    await row(page, 'p-dietz').getByRole('radio', { name: 'anwesend' }).check();
    expect(await record(page, 'p-dietz')).toMatchObject({ status: 'present', reason: '' });
    await expect(
      page
        .getByRole('combobox', { name: 'Grund der Abwesenheit von GRin Heike Dietz' })
        .isDisabled(),
    ).resolves.toBe(true);
  });

  it('enters late arrivals and early departures from the agenda, in order', async () => {
    const page = await harness.open();
    const arrives = page.getByRole('combobox', { name: 'GR Markus Engel kommt' });
    const leaves = page.getByRole('combobox', { name: 'GR Markus Engel geht' });
    await arrives.selectOption({ label: 'ab TOP 4' });
    await leaves.selectOption({ label: 'nach TOP 6' });
    expect(await record(page, 'p-engel')).toMatchObject({
      arrivedAtItem: 'top-4',
      leftAfterItem: 'top-6',
    });
    expect(await count(page)).toMatch(/davon 2 später gekommen, 2 früher gegangen/);
    // Options that would put the arrival after the departure are not offered.
    await expect(arrives.locator('option', { hasText: 'ab TOP 7' }).isDisabled()).resolves.toBe(
      true,
    );
    await expect(leaves.locator('option', { hasText: 'nach TOP 3' }).isDisabled()).resolves.toBe(
      true,
    );
  });

  it('sets the findings as yes, no or not stated', async () => {
    const page = await harness.open();
    const convened = page.getByRole('radiogroup', { name: 'Ordnungsgemäß einberufen' });
    await convened.getByRole('radio', { name: 'offen' }).check();
    expect((await harnessDocument(page)).meeting.convenedProperly).toBeNull();
    await convened.getByRole('radio', { name: 'nein' }).check();
    expect((await harnessDocument(page)).meeting.convenedProperly).toBe(false);
    // A second meeting on the same matter: § 37 Abs. 3 GemO BW wants three members, and the
    // quorum hint names that paragraph instead of § 37 Abs. 2.
    const second = page.getByRole('checkbox', {
      name: 'Zweite Sitzung zum selben Gegenstand nach Beschlussunfähigkeit (§ 37 Abs. 3 GemO BW)',
    });
    await second.check();
    expect((await harnessDocument(page)).meeting.secondConvening).toBe(true);
    await expect(page.getByTestId('quorum-hint').textContent()).resolves.toMatch(
      /mindestens 3 von 13 nötig \(nach § 37 Abs\. 3 GemO BW\)$/,
    );
    await second.uncheck();
    expect('secondConvening' in (await harnessDocument(page)).meeting).toBe(false);
    await expect(page.getByTestId('quorum-hint').textContent()).resolves.toContain(
      '(§ 37 Abs. 2 GemO BW: mindestens die Hälfte)',
    );
  });

  it('adds, edits and removes people; a chair is removed only after confirming, and undo brings them back', async () => {
    const page = await harness.open();
    await page.getByRole('button', { name: 'Gast', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Anrede').selectOption('Frau');
    await dialog.getByLabel('Familienname').fill('Adler');
    await dialog.getByLabel('Dienststelle / Organisation').fill('Landratsamt');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    let doc = await harnessDocument(page);
    const adler = doc.people.at(-1)!;
    expect(adler).toMatchObject({
      kind: 'guest',
      formOfAddress: 'Frau',
      familyName: 'Adler',
      unit: 'Landratsamt',
      votingRight: false,
    });
    await expect(row(page, adler.id).textContent()).resolves.toContain('Frau Adler');

    await row(page, adler.id).getByRole('button', { name: 'Frau Adler bearbeiten' }).click();
    await page.getByRole('dialog').getByLabel('Vorname').fill('Ute');
    await page.getByRole('dialog').getByRole('button', { name: 'Speichern' }).click();
    expect((await harnessDocument(page)).people.at(-1)!.givenName).toBe('Ute');

    await row(page, adler.id)
      .getByRole('button', { name: 'Frau Ute Adler aus der Liste entfernen' })
      .click();
    expect((await harnessDocument(page)).people.some((p) => p.id === adler.id)).toBe(false);
    await expect(page.getByTestId('undo-toast').last().textContent()).resolves.toContain(
      'Frau Ute Adler entfernt',
    );
    await page.getByTestId('undo-toast').last().getByRole('button', { name: 'Rückgängig' }).click();
    expect((await harnessDocument(page)).people.some((p) => p.id === adler.id)).toBe(true);

    // The clerk is also a signatory: removing asks first and empties those places.
    await row(page, 'p-schmid')
      .getByRole('button', { name: /entfernen$/ })
      .click();
    const confirm = page.getByRole('alertdialog');
    await expect(confirm.textContent()).resolves.toContain(
      'Schriftführung, unterzeichnet als „Schriftführung“',
    );
    await confirm.getByRole('button', { name: 'Entfernen' }).click();
    doc = await harnessDocument(page);
    expect(doc.meeting.clerkId).toBe('');
    expect(doc.people.some((p) => p.id === 'p-schmid')).toBe(false);
    // Ctrl+Z in the table brings her back with her roles.
    await row(page, 'p-keller').getByRole('radio', { name: 'anwesend' }).focus();
    await page.keyboard.press('Control+z');
    doc = await harnessDocument(page);
    expect(doc.meeting.clerkId).toBe('p-schmid');
    expect(doc.rules.signatories.find((s) => s.role === 'clerk')!.personId).toBe('p-schmid');
  });

  it('refuses to remove someone the text names', async () => {
    const page = await harness.open();
    await row(page, 'p-conrad')
      .getByRole('button', { name: /entfernen$/ })
      .click();
    const notice = page.getByRole('alertdialog');
    await expect(notice.textContent()).resolves.toContain('im Text von TOP 3 genannt');
    await notice.getByRole('button', { name: 'OK' }).click();
    expect((await harnessDocument(page)).people.some((p) => p.id === 'p-conrad')).toBe(true);
  });
});
