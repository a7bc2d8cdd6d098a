/**
 * Keys per printed character (issue 19): a scripted expert clerk writes the reference item
 * (Stuttgart, Verwaltungsausschuss 27.06.2018, Niederschrift Nr. 233, TOP 12; the seed) in the
 * browser mode with the keyboard only, and every key is counted (bench/clerk.ts). Two ways:
 * from scratch with the features that save keys (template, header form, person dialog, "/"
 * snippets with their gaps, the vote dialog), and with the administration's Beschlussvorlage
 * imported (Strg+Umschalt+B). The clerk saves; the saved file is printed by the core's print
 * model (the text every export prints), and that text must equal the reference item's printed
 * text line by line, else the row fails with the first difference: a ratio of a wrong result
 * means nothing. Printed characters are counted on that printed text (line breaks not counted).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Person } from '../../core/model/schema';
import { jointMention, mentionName } from '../../core/style/names';
import { vaBody, writeVaBody } from '../../test/support/body-va';
import { SEED_HEADER, seedText, squash, STUTTGART_EXAMPLE } from '../../test/support/seed';
import { writeVorlage } from '../../test/support/vorlage';
import type { Clerk } from '../clerk';
import {
  clerkRun,
  mention,
  printedLines,
  result,
  save,
  snippet,
  takeBody,
  splitMentions,
  typeText,
  type Mention,
  type Run,
  type Session,
} from '../keys';
import { tempDir } from '../support';
import type { BenchRow } from '../types';

const GOAL_WITH_VORLAGE = 0.75;

/** The reference: the Stuttgart example's printed text, itself checked against the seed. */
function referenceLines(): string[] {
  const lines = printedLines(STUTTGART_EXAMPLE);
  const seed = squash(seedText());
  // The seed's header is a web page's table (labels and values on lines of their own).
  const headerLines = new Set(
    SEED_HEADER.map(([label, value]) => [label, value].filter(Boolean).join(' ')),
  );
  const missing = lines.find((line) => !headerLines.has(line) && !seed.includes(squash(line)));
  if (missing) throw new Error(`reference line not in the seed: ${missing.slice(0, 60)}`);
  return lines;
}

/** The reference's parts, as the clerk reads them off the paper minutes. */
function script(reference: string[]) {
  const find = (start: string) => {
    const line = reference.find((l) => l.startsWith(start));
    if (!line) throw new Error(`reference line "${start}" missing`);
    return line;
  };
  const header = (label: string) => find(label).slice(label.length).trim();
  const attachment = find('Die Beratungsunterlage ist dem');
  const closing = find('Abschließend stellt');
  const discussion = reference.slice(reference.indexOf(attachment) + 1, reference.indexOf(closing));
  const presented = 'Die Vorlageninhalte werden von BM Dr. Mayer dargestellt.';
  if (!discussion[0]!.startsWith(presented))
    throw new Error('discussion does not start as expected');
  return {
    number: header('Niederschrift Nr.'),
    top: header('TOP:'),
    paper: header('Drucksache:'),
    gz: header('GZ:'),
    date: header('Sitzungstermin:'),
    reporter: header('Berichterstattung:'),
    subject: header('Betreff:'),
    department: /des Referats (.*) vom/.exec(find('Beratungsunterlage ist'))![1]!,
    paperDate: / vom ([\d.]+),/.exec(find('Beratungsunterlage ist'))![1]!,
    points: [1, 2, 3].map((n) => find(`${n}. `).slice(3)),
    // The snippet "/vorlage" writes the first sentence; the clerk types the rest.
    discussion: [discussion[0]!.slice(presented.length), ...discussion.slice(1)],
  };
}

type Feature = string;

async function chooseTemplate(clerk: Clerk, s: Session): Promise<void> {
  await clerk.waitFor(
    async () => (await clerk.page.locator('[data-template]').count()) > 0,
    'the templates',
  );
  await s.step('template', async () => {
    await clerk.moveUntil((f) => f.template === 'stuttgart-ausschuss-top', 'Tab', 'template');
    await clerk.press('Enter', 'template');
    await clerk.waitFor(
      async () => (await clerk.focused()).label.startsWith('Niederschrift'),
      'the first header field',
    );
  });
}

/** A new person from the "+ Neue Person" button beside a header field, through its dialog. */
async function newPerson(
  clerk: Clerk,
  forField: string,
  fields: [label: string, value: string][],
): Promise<void> {
  const f: Feature = 'person dialog';
  await clerk.moveUntil((x) => x.label === `Neue Person für „${forField}“ anlegen`, 'Tab', f);
  await clerk.press('Enter', f);
  await clerk.waitFor(async () => (await clerk.focused()).label === 'Amtsbezeichnung', 'dialog');
  for (const [label, value] of fields) {
    const forward = label !== 'Anrede';
    await clerk.moveUntil((x) => x.label === label, forward ? 'Tab' : 'Shift+Tab', f);
    // A <select> takes the first letter of its option.
    await clerk.type(label === 'Anrede' ? value[0]! : value, f);
  }
  await clerk.press('Enter', f);
  await clerk.waitFor(
    async () => (await clerk.page.locator('[role=dialog]').count()) === 0,
    'the dialog to close',
  );
}

type Script = ReturnType<typeof script>;

/** The header by keyboard; `skip` are the fields the Vorlage fills. */
async function header(
  clerk: Clerk,
  s: Session,
  text: Script,
  skip: Set<string>,
  people = true,
): Promise<void> {
  const typeInto = async (label: string, value: string) => {
    if (skip.has(label)) return;
    await s.step('header form', async () => {
      await clerk.moveUntil((f) => f.label === label, 'Tab', 'header form');
      await clerk.type(value, 'header form');
    });
  };
  await typeInto('Niederschrift Nr.', text.number);
  await typeInto('TOP', text.top);
  await typeInto('Drucksache', text.paper);
  await typeInto('GZ', text.gz);
  await typeInto('Sitzungstermin', text.date);
  await s.step('header form', async () => {
    await clerk.moveUntil((f) => f.label === 'öffentlich', 'Tab', 'header form');
    const checked = await clerk.page.evaluate(
      () => (document.activeElement as HTMLInputElement).checked,
    );
    if (!checked) await clerk.press('Space', 'header form');
  });
  // With the body file, Vorsitz and Protokollführung are the body's chair and clerk already.
  if (people) {
    await s.step('person dialog', () =>
      newPerson(clerk, 'Vorsitz', [
        ['Amtsbezeichnung', 'BM'],
        ['Akademischer Titel', 'Dr.'],
        ['Familienname', 'Mayer'],
      ]),
    );
  }
  await typeInto('Berichterstattung', text.reporter);
  if (people) {
    await s.step('person dialog', () =>
      newPerson(clerk, 'Protokollführung', [
        ['Anrede', 'Herr'],
        ['Familienname', 'Häbe'],
      ]),
    );
  }
  await typeInto('Betreff', text.subject);
}

async function toEditor(clerk: Clerk): Promise<void> {
  await clerk.moveUntil((f) => f.inEditor, 'F6', 'navigation', 6);
}

async function nextSection(clerk: Clerk, title: string): Promise<void> {
  await clerk.moveUntil((f) => f.inEditor && f.section === title, 'ArrowDown', 'navigation', 40);
  // The editor takes the caret's new place on the browser's selectionchange; a command key
  // pressed before that acts at the old place (the vote landed inside the Feststellung). Two
  // frames: what a clerk's eye needs anyway to see the caret move.
  await clerk.page.evaluate(
    () =>
      new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/**
 * The mentions a clerk with the body's roster writes with "@" instead of typing the names: each
 * person's first and later mention as the house style prints them, and the joint mention of
 * the three thanking members. Longest first, so a joint mention is not taken for its parts.
 */
function mentionsOf(people: readonly Person[]): Mention[] {
  const person = (id: string) => {
    const found = people.find((p) => p.id === id);
    if (!found) throw new Error(`body file without ${id}`);
    return found;
  };
  const thanking = ['p-reiners', 'p-deparnay', 'p-perc'];
  const mentions: Mention[] = [
    {
      printed: jointMention(thanking.map((id) => ({ person: person(id), first: true }))),
      ids: thanking,
    },
  ];
  for (const id of ['p-deparnay', 'p-perc', 'p-reichert', 'p-urbat']) {
    for (const first of [true, false]) {
      mentions.push({ printed: mentionName(person(id), first), ids: [id] });
    }
  }
  return mentions.sort((a, b) => b.printed.length - a.printed.length);
}

async function discussionAndClose(
  clerk: Clerk,
  s: Session,
  text: Script,
  people: readonly Person[] | null = null,
): Promise<void> {
  await snippet(clerk, s, 'vorlage');
  const mentions = people ? mentionsOf(people) : [];
  for (const [index, paragraph] of text.discussion.entries()) {
    if (index > 0) await clerk.press('Enter', 'navigation');
    for (const part of splitMentions(paragraph, mentions)) {
      if (typeof part === 'string') await typeText(clerk, s, part);
      else await mention(clerk, s, part, people!);
    }
  }
  await nextSection(clerk, 'Feststellung des Vorsitzes');
  // The reference says "Abschließend stellt BM Dr. Mayer stellt fest:" (sic): the snippet,
  // then the second "stellt" typed before "fest:".
  await snippet(clerk, s, 'fest');
  for (let i = 0; i < 'fest:'.length; i++) await clerk.press('ArrowLeft', 'navigation');
  await typeText(clerk, s, 'stellt ');
  await nextSection(clerk, 'Beschluss');
  await s.step('vote dialog', async () => {
    await clerk.press('Control+Alt+b', 'vote dialog');
    await clerk.waitFor(
      async () => (await clerk.page.getByTestId('vote-dialog').count()) === 1,
      'the vote dialog',
    );
    await clerk.press('Enter', 'vote dialog');
    await clerk.waitFor(
      async () => (await clerk.page.getByTestId('vote-dialog').count()) === 0,
      'the vote',
    );
  });
}

async function fromScratch(clerk: Clerk, s: Session, text: Script, dir: string) {
  await chooseTemplate(clerk, s);
  await header(clerk, s, text, new Set());
  await toEditor(clerk);
  // Beratungsunterlage: the snippet with its two gaps; Drucksache comes from the header.
  await snippet(clerk, s, 'unterlage');
  await typeText(clerk, s, text.department);
  await clerk.press('Tab', 'snippets');
  await typeText(clerk, s, text.paperDate);
  await nextSection(clerk, 'Beschlussantrag:');
  for (const [index, point] of text.points.entries()) {
    if (index > 0) await clerk.press('Enter', 'navigation');
    await typeText(clerk, s, point);
  }
  // Enter on an empty item ends the list.
  await clerk.press('Enter', 'navigation');
  await clerk.press('Enter', 'navigation');
  await snippet(clerk, s, 'beigefuegt');
  await nextSection(clerk, 'Verhandlung');
  await discussionAndClose(clerk, s, text);
  return save(clerk, dir);
}

async function withVorlage(
  clerk: Clerk,
  s: Session,
  text: Script,
  dir: string,
  people: readonly Person[] | null = null,
) {
  await chooseTemplate(clerk, s);
  if (people) await takeBody(clerk, s);
  // Drucksache, GZ and Betreff come from the Vorlage.
  await header(clerk, s, text, new Set(['Drucksache', 'GZ', 'Betreff']), people === null);
  await s.step('Vorlage import', async () => {
    await clerk.press('Control+Shift+B', 'Vorlage import');
    const picker = clerk.page.getByTestId('file-picker');
    await clerk.waitFor(async () => (await picker.getByRole('option').count()) > 0, 'the picker');
    await clerk.moveUntil((f) => f.text.includes('Beschlussvorlage.docx'), 'Tab', 'Vorlage import');
    await clerk.press('Enter', 'Vorlage import');
    const dialog = clerk.page.getByTestId('vorlage-dialog');
    await clerk.waitFor(async () => (await dialog.count()) === 1, 'the Vorlage dialog');
    await clerk.waitFor(async () => (await clerk.focused()).text === 'Übernehmen', 'its button');
    await clerk.press('Enter', 'Vorlage import');
    await clerk.waitFor(async () => (await dialog.count()) === 0, 'the import');
    await clerk.waitFor(async () => (await clerk.focused()).inEditor, 'the caret');
  });
  // The caret waits in Verhandlung; the attachment sentence goes after the Beschlussantrag.
  await clerk.moveUntil(
    (f) => f.inEditor && f.section === 'Beschlussantrag:',
    'ArrowUp',
    'navigation',
  );
  await clerk.press('End', 'navigation');
  await clerk.press('Enter', 'navigation');
  await clerk.press('Enter', 'navigation');
  await snippet(clerk, s, 'beigefuegt');
  await nextSection(clerk, 'Verhandlung');
  await discussionAndClose(clerk, s, text, people);
  return save(clerk, dir);
}

async function measure(
  how: (clerk: Clerk, s: Session, text: Script, dir: string) => Promise<string>,
  files: { vorlage?: boolean; body?: boolean },
): Promise<Run> {
  const reference = referenceLines();
  const dir = tempDir('protokollant-keys-');
  mkdirSync(join(dir, 'Dokumente'), { recursive: true });
  // What the clerk has before the item is written: the administration's Vorlage, the body file.
  if (files.vorlage) await writeVorlage(join(dir, 'Dokumente'));
  if (files.body) await writeVaBody(join(dir, 'Dokumente'));
  return clerkRun(dir, reference, (clerk, s) => how(clerk, s, script(reference), dir));
}

export const rows: BenchRow[] = [
  {
    name: 'Keys per printed character: reference item from scratch',
    goal: 'report (direction 0.5)',
    run: async () => result(await measure(fromScratch, {}), null),
  },
  {
    name: 'Keys per printed character: reference item with its Vorlage imported',
    goal: 'report',
    run: async () => result(await measure(withVorlage, { vorlage: true }), null),
  },
  {
    name: 'Keys per printed character: reference item with its Vorlage and the body file (@ mentions)',
    goal: `≤ ${GOAL_WITH_VORLAGE} keys/char`,
    run: async () =>
      result(
        await measure((clerk, s, text, dir) => withVorlage(clerk, s, text, dir, vaBody().people), {
          vorlage: true,
          body: true,
        }),
        GOAL_WITH_VORLAGE,
      ),
  },
];
