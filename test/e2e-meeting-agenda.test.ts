import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  harnessDocument,
  startMeetingHarness,
  type MeetingHarness,
} from './support/harness-meeting';

/**
 * The agenda sidebar in Chromium, on the Kleinweiler example (six public, two non-public
 * items): add, rename, reorder by keyboard and by drag, move between parts, delete and undo.
 */

let harness: MeetingHarness;
beforeAll(async () => {
  harness = await startMeetingHarness();
});
afterAll(async () => {
  await harness?.close();
});

const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Tagesordnung' });
const option = (page: Page, name: string | RegExp) => page.getByRole('option', { name });
const ids = async (page: Page) => (await harnessDocument(page)).items.map((i) => i.id);
const numbers = async (page: Page) =>
  (await harnessDocument(page)).items.map((i) => `${i.number}${i.public ? '' : 'n'}`);
const focusedText = (page: Page) =>
  page.evaluate(() => window.document.activeElement?.textContent ?? '');

describe('agenda sidebar', () => {
  it('shows the parts and one tab stop on the selected item', async () => {
    const page = await harness.open();
    const listbox = page.getByRole('listbox', { name: 'Tagesordnungspunkte' });
    await expect(
      listbox
        .getByRole('group', { name: /Öffentlicher Teil/ })
        .getByRole('option')
        .count(),
    ).resolves.toBe(6);
    await expect(
      listbox
        .getByRole('group', { name: /Nichtöffentlicher Teil/ })
        .getByRole('option')
        .count(),
    ).resolves.toBe(2);
    await expect(option(page, /^TOP 3 · Bebauungsplan/).textContent()).resolves.toContain(
      'TOP 3 · Bebauungsplan „Am Mühlbach“',
    );
    const tabStops = await page.locator('[role="option"][tabindex="0"]').count();
    expect(tabStops).toBe(1);
    await expect(option(page, /^TOP 1 /).getAttribute('aria-selected')).resolves.toBe('true');
  });

  it('selects with the arrow keys and adds an item with a shortcut, renaming it inline', async () => {
    const page = await harness.open();
    await option(page, /^TOP 1 /).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toMatch(/^TOP 3 /);
    await expect(option(page, /^TOP 3 /).getAttribute('aria-selected')).resolves.toBe('true');

    await page.keyboard.press('Insert');
    const title = sidebar(page).getByRole('textbox', { name: 'Betreff' });
    await expect(title.evaluate((el) => el === window.document.activeElement)).resolves.toBe(true);
    await expect(
      sidebar(page).getByRole('textbox', { name: 'TOP-Nummer' }).inputValue(),
    ).resolves.toBe('7');
    await title.fill('Feuerwehrbedarfsplan');
    await page.keyboard.press('Enter');
    expect(await focusedText(page)).toBe('TOP 7 · Feuerwehrbedarfsplan');
    // Renumbered: the non-public part moves on instead of sharing the new item's "7".
    expect(await numbers(page)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8n', '9n']);
    const added = (await harnessDocument(page)).items[6]!;
    expect(added.content.root.children.map((c) => (c as { section?: string }).section)).toEqual([
      'sachverhalt',
      'aussprache',
      'beschluss',
    ]);
  });

  it('adds a non-public item with the button', async () => {
    const page = await harness.open();
    await sidebar(page).getByRole('button', { name: 'Nichtöffentlich', exact: true }).click();
    await sidebar(page).getByRole('textbox', { name: 'Betreff' }).fill('Bauvoranfrage');
    await page.keyboard.press('Enter');
    const doc = await harnessDocument(page);
    expect(doc.items.at(-1)).toMatchObject({ number: '9', title: 'Bauvoranfrage', public: false });
  });

  it('renames with F2 and double click; Escape cancels, an empty number is refused', async () => {
    const page = await harness.open();
    await option(page, /^TOP 2 /).click();
    await page.keyboard.press('F2');
    await sidebar(page).getByRole('textbox', { name: 'Betreff' }).fill('Bekanntgaben');
    await page.keyboard.press('Escape');
    expect((await harnessDocument(page)).items[1]!.title).toBe(
      'Bekanntgabe der in nichtöffentlicher Sitzung gefassten Beschlüsse',
    );
    expect(await focusedText(page)).toMatch(/^TOP 2 /);

    await option(page, /^TOP 2 /).dblclick();
    await sidebar(page).getByRole('textbox', { name: 'Betreff' }).fill('Bekanntgaben');
    await sidebar(page).getByRole('textbox', { name: 'TOP-Nummer' }).fill('');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').first().textContent()).resolves.toBe(
      'Ein TOP braucht eine Nummer.',
    );
    await sidebar(page).getByRole('textbox', { name: 'TOP-Nummer' }).fill('2a');
    await page.keyboard.press('Enter');
    expect((await harnessDocument(page)).items[1]).toMatchObject({
      number: '2a',
      title: 'Bekanntgaben',
    });
  });

  it('reorders with Alt+arrows within the part and stops at its edge', async () => {
    const page = await harness.open();
    await option(page, /^TOP 5 /).click();
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await ids(page)).toEqual([
      'top-1',
      'top-2',
      'top-5',
      'top-3',
      'top-4',
      'top-6',
      'top-7',
      'top-8',
    ]);
    // Renumbered: the Haushaltsplan is TOP 3 now.
    expect(await focusedText(page)).toMatch(/^TOP 3 · Haushaltsplan/);
    await page.keyboard.press('Alt+ArrowDown');
    expect((await ids(page))[3]).toBe('top-5');
    expect(await numbers(page)).toEqual(['1', '2', '3', '4', '5', '6', '7n', '8n']);

    await option(page, /^TOP 6 /).click();
    await page.keyboard.press('Alt+ArrowDown');
    expect((await harnessDocument(page)).items.find((i) => i.id === 'top-6')!.public).toBe(true);
    await expect(
      sidebar(page).locator('[aria-live="polite"]').last().textContent(),
    ).resolves.toContain('am Rand seines Teils');
  });

  it('acts on the selected item from the toolbar, reachable with the arrow keys', async () => {
    const page = await harness.open();
    await option(page, /^TOP 2 /).click();
    const toolbar = sidebar(page).getByRole('toolbar', { name: 'Ausgewählten TOP bearbeiten' });
    await toolbar.getByRole('button', { name: 'Nach unten (Alt+↓)' }).click();
    expect((await ids(page)).slice(0, 3)).toEqual(['top-1', 'top-3', 'top-2']);
    expect(await focusedText(page)).toMatch(/^TOP 3 · Bekanntgabe/);
    // One tab stop in the toolbar; the arrows move along it.
    await toolbar.getByRole('button', { name: 'Umbenennen (F2)' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(
      page.evaluate(() => window.document.activeElement?.getAttribute('aria-label')),
    ).resolves.toBe('In den nichtöffentlichen Teil');
    await page.keyboard.press('Enter');
    expect((await harnessDocument(page)).items.find((i) => i.id === 'top-2')!.public).toBe(false);
    // At the edge of its part, "up" is offered but disabled.
    await expect(
      toolbar.getByRole('button', { name: 'Nach oben (Alt+↑)' }).getAttribute('aria-disabled'),
    ).resolves.toBe('true');
  });

  it('moves an item into the other part with the context menu (Shift+F10)', async () => {
    const page = await harness.open();
    await option(page, /^TOP 4 /).click();
    await page.keyboard.press('Shift+F10');
    await expect(page.getByRole('menu').isVisible()).resolves.toBe(true);
    // The menu has the focus: arrows and Enter choose (Umbenennen, Nach oben, Nach unten, Teil).
    await expect(page.evaluate(() => window.document.activeElement?.textContent)).resolves.toBe(
      'UmbenennenF2',
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => window.document.activeElement?.textContent)).resolves.toBe(
      'In den nichtöffentlichen Teil',
    );
    await page.keyboard.press('Enter');
    await expect(page.getByRole('menu').count()).resolves.toBe(0);
    expect(await numbers(page)).toEqual(['1', '2', '3', '4', '5', '6n', '7n', '8n']);
    await expect(
      page
        .getByRole('group', { name: /Nichtöffentlicher Teil/ })
        .getByRole('option')
        .first()
        .textContent(),
    ).resolves.toMatch(/^TOP 6 · Sanierung/);
  });

  it('reorders by drag and drop with a drop indicator', async () => {
    const page = await harness.open();
    const source = option(page, /^TOP 5 /);
    const target = option(page, /^TOP 2 /);
    const from = (await source.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + 40, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(to.x + 40, to.y + 4, { steps: 8 });
    // The drag events arrive asynchronously; wait for the indicator on the hovered row.
    await page.waitForSelector('[role="option"][data-item-id="top-2"].is-drop-before', {
      timeout: 5000,
    });
    await page.mouse.up();
    expect(await ids(page)).toEqual([
      'top-1',
      'top-5',
      'top-2',
      'top-3',
      'top-4',
      'top-6',
      'top-7',
      'top-8',
    ]);
    await expect(page.locator('.is-drop-before, .is-drop-after').count()).resolves.toBe(0);

    // Dropped onto a non-public row, a public item joins the non-public part.
    const moving = option(page, /^TOP 1 /);
    const below = option(page, /^TOP 8 /);
    const a = (await moving.boundingBox())!;
    const b = (await below.boundingBox())!;
    await page.mouse.move(a.x + 40, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + 40, b.y + b.height - 3, { steps: 8 });
    await page.waitForSelector('[role="option"][data-item-id="top-8"].is-drop-after', {
      timeout: 5000,
    });
    await page.mouse.up();
    expect(await ids(page)).toEqual([
      'top-5',
      'top-2',
      'top-3',
      'top-4',
      'top-6',
      'top-7',
      'top-8',
      'top-1',
    ]);
    expect(await numbers(page)).toEqual(['1', '2', '3', '4', '5', '6n', '7n', '8n']);
  });

  it('deletes with the Delete key and undoes from the toast and with Ctrl+Z', async () => {
    const page = await harness.open();
    await option(page, /^TOP 4 /).click();
    await page.keyboard.press('Delete');
    await expect(sidebar(page).getByTestId('undo-toast').textContent()).resolves.toContain(
      'TOP 4 gelöscht',
    );
    expect(await ids(page)).not.toContain('top-4');
    expect(await numbers(page)).toEqual(['1', '2', '3', '4', '5', '6n', '7n']);
    expect(await focusedText(page)).toMatch(/^TOP 4 · Haushaltsplan/);
    await sidebar(page).getByRole('button', { name: 'Rückgängig' }).click();
    expect(await ids(page)).toEqual([
      'top-1',
      'top-2',
      'top-3',
      'top-4',
      'top-5',
      'top-6',
      'top-7',
      'top-8',
    ]);
    expect(await numbers(page)).toEqual(['1', '2', '3', '4', '5', '6', '7n', '8n']);
    await expect(page.getByTestId('undo-toast').count()).resolves.toBe(0);

    // Deleting TOP 3 clears Jung's arrival "ab TOP 3"; Ctrl+Z in the sidebar brings both back.
    await option(page, /^TOP 3 /).click();
    await page.keyboard.press('Delete');
    let doc = await harnessDocument(page);
    expect(doc.attendance.find((a) => a.personId === 'p-jung')!.arrivedAtItem).toBe('');
    await page.keyboard.press('Control+z');
    doc = await harnessDocument(page);
    expect(doc.items.map((i) => i.id)[2]).toBe('top-3');
    expect(doc.attendance.find((a) => a.personId === 'p-jung')!.arrivedAtItem).toBe('top-3');
    expect(await focusedText(page)).toMatch(/^TOP 3 /);
  });

  it('lets the toast go after its time', async () => {
    const page = await harness.open('undoMs=300');
    await option(page, /^TOP 8 /).click();
    await page.keyboard.press('Delete');
    await expect(page.getByTestId('undo-toast').count()).resolves.toBe(1);
    await page.waitForSelector('[data-testid="undo-toast"]', {
      state: 'detached',
      timeout: 15_000,
    });
    // Ctrl+Z still undoes in the sidebar after the toast is gone.
    await option(page, /^TOP 7 /).click();
    await page.keyboard.press('Control+z');
    expect((await ids(page)).at(-1)).toBe('top-8');
  });

  it('refuses to delete the only item of a per-item document, saying why', async () => {
    const page = await harness.open('doc=stuttgart');
    await option(page, /^TOP 12 /).click();
    await page.keyboard.press('Delete');
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'kann nicht gelöscht werden',
    );
    expect(await ids(page)).toEqual(['top-12']);
    await expect(sidebar(page).getByRole('group').count()).resolves.toBe(0);
  });
});

describe('agenda numbering', () => {
  const arrival = (page: Page, name: string) =>
    page.getByRole('combobox', { name: new RegExp(`${name} kommt$`) });
  const shownArrival = (page: Page, name: string) =>
    arrival(page, name).evaluate((el) => {
      const select = el as HTMLSelectElement;
      return select.options[select.selectedIndex]?.textContent ?? '';
    });

  it('a move renumbers, "ab TOP 3" follows its item, and one Ctrl+Z undoes both', async () => {
    const page = await harness.open();
    await expect.poll(() => shownArrival(page, 'Jung')).toMatch(/TOP 3$/);
    await option(page, /^TOP 3 /).click();
    await page.keyboard.press('Alt+ArrowDown');
    expect((await ids(page)).slice(2, 4)).toEqual(['top-4', 'top-3']);
    expect(await numbers(page)).toEqual(['1', '2', '3', '4', '5', '6', '7n', '8n']);
    expect(await focusedText(page)).toMatch(/^TOP 4 · Bebauungsplan/);
    await expect(sidebar(page).getByTestId('undo-toast').textContent()).resolves.toContain(
      'TOP 3 verschoben, jetzt TOP 4',
    );
    // Jung still arrives at the Bebauungsplan, which is TOP 4 now.
    const doc = await harnessDocument(page);
    expect(doc.attendance.find((a) => a.personId === 'p-jung')!.arrivedAtItem).toBe('top-3');
    await expect.poll(() => shownArrival(page, 'Jung')).toMatch(/TOP 4$/);

    await page.keyboard.press('Control+z');
    expect((await ids(page)).slice(2, 4)).toEqual(['top-3', 'top-4']);
    expect((await harnessDocument(page)).items.map((i) => `${i.id}:${i.number}`)).toEqual([
      'top-1:1',
      'top-2:2',
      'top-3:3',
      'top-4:4',
      'top-5:5',
      'top-6:6',
      'top-7:7',
      'top-8:8',
    ]);
    await expect.poll(() => shownArrival(page, 'Jung')).toMatch(/TOP 3$/);
  });

  it('an added item is undone in one step, numbers and all', async () => {
    const page = await harness.open();
    await option(page, /^TOP 2 /).click();
    await page.keyboard.press('Insert');
    await sidebar(page).getByRole('textbox', { name: 'Betreff' }).fill('Dringlichkeitsantrag');
    await page.keyboard.press('Enter');
    expect(await numbers(page)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8n', '9n']);
    // An add shows no toast (the clerk is naming the item); Ctrl+Z in the list takes it back.
    await expect(page.getByTestId('undo-toast').count()).resolves.toBe(0);
    await page.keyboard.press('Control+z');
    expect(await numbers(page)).toEqual(['1', '2', '3', '4', '5', '6', '7n', '8n']);
    expect(
      (await harnessDocument(page)).items.some((i) => i.title === 'Dringlichkeitsantrag'),
    ).toBe(false);
  });
});

describe('agenda sidebar of a locked document', () => {
  it('selects but changes nothing', async () => {
    const page = await harness.open('readonly=1');
    await expect(sidebar(page).getByRole('toolbar').count()).resolves.toBe(0);
    await expect(sidebar(page).getByRole('button').count()).resolves.toBe(0);
    await option(page, /^TOP 2 /).click();
    for (const key of ['Delete', 'F2', 'Insert', 'Alt+ArrowDown', 'Shift+F10'])
      await page.keyboard.press(key);
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toMatch(/^TOP 3 /);
    await expect(page.getByRole('menu').count()).resolves.toBe(0);
    await expect(page.getByRole('textbox', { name: 'TOP-Nummer' }).count()).resolves.toBe(0);
    expect(await page.evaluate(() => window.__meeting!.changes())).toBe(0);
    // The forms are locked too.
    await expect(page.getByLabel('Datum', { exact: true }).isDisabled()).resolves.toBe(true);
    await expect(
      page
        .locator('tr[data-person-id="p-keller"]')
        .getByRole('radio', { name: 'entschuldigt', exact: true })
        .isDisabled(),
    ).resolves.toBe(true);
  });
});
