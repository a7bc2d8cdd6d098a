/**
 * Keys per printed character for a whole meeting (issue 19): the scripted clerk writes the
 * Kleinweiler example (Gemeinderat, 14.10.2026, eight items, public and non-public part,
 * counted votes, a Befangenheit) in the browser mode with the keyboard only. What the clerk
 * has before the meeting is not counted: the invitation's agenda as a table (CSV, as the
 * council information system exports it) and the body file of the Gemeinderat. The saved
 * file's printed text must equal the example's line by line, else the row fails.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gremiumFromDocument, serializeGremium } from '../../core/body/gremium';
import { parseProtokoll } from '../../core/file/format';
import { findTemplate } from '../../core/templates/registry';
import type { Person, ProtocolDocument } from '../../core/model/schema';
import { mentionName } from '../../core/style/names';
import { KLEINWEILER_EXAMPLE } from '../../test/support/seed';
import type { Clerk } from '../clerk';
import {
  clerkRun,
  printedLines,
  result,
  mention,
  save,
  takeBody,
  typeText,
  type Run,
  type Session,
} from '../keys';
import { tempDir } from '../support';
import type { BenchRow } from '../types';

const example = (): ProtocolDocument =>
  parseProtokoll(readFileSync(KLEINWEILER_EXAMPLE, 'utf8'), KLEINWEILER_EXAMPLE);

/** The invitation's agenda as the information system exports it: one row per TOP. */
function agendaCsv(document: ProtocolDocument): string {
  const cell = (text: string) => (/[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const rows = document.items.map((item) =>
    [item.number, item.title, item.paperRef, item.public ? 'ja' : 'nein', item.rapporteur]
      .map(cell)
      .join(';'),
  );
  return ['TOP;Betreff;Drucksache;öffentlich;Berichterstattung', ...rows].join('\r\n') + '\r\n';
}

async function importAgenda(clerk: Clerk, s: Session): Promise<void> {
  const f = 'agenda import';
  await s.step(f, async () => {
    await clerk.waitFor(
      async () => (await clerk.page.locator('[data-template]').count()) > 0,
      'the start page',
    );
    await clerk.press('Control+Shift+O', f);
    const picker = clerk.page.getByTestId('file-picker');
    await clerk.waitFor(async () => (await picker.getByRole('option').count()) > 0, 'the picker');
    await clerk.moveUntil((x) => x.text.includes('.csv'), 'Tab', f);
    await clerk.press('Enter', f);
    await clerk.waitFor(async () => (await picker.count()) === 0, 'the picker closed');
  });
}

/** The example's text as the clerk writes it, per section: what to type, mention, vote. */
type Step =
  | { kind: 'text'; text: string }
  | { kind: 'mention'; ids: string[] }
  | { kind: 'break' }
  | { kind: 'list'; items: Step[][] }
  | { kind: 'vote'; vote: VoteJSON };

interface VoteJSON {
  outcome: string;
  subject: string;
  counts: { yes: number; no: number; abstain: number } | null;
  excluded: string[];
}

interface Node {
  type: string;
  text?: string;
  personIds?: string[];
  children?: Node[];
  title?: string;
}

function inline(nodes: readonly Node[]): Step[] {
  const steps: Step[] = [];
  for (const node of nodes) {
    if (node.type === 'text') steps.push({ kind: 'text', text: node.text ?? '' });
    else if (node.type === 'speaker') steps.push({ kind: 'mention', ids: node.personIds ?? [] });
    else throw new Error(`the clerk has no way to write a ${node.type} inline`);
  }
  return steps;
}

/** A section's blocks as steps: paragraphs apart by Enter, a numbered list, a vote. */
function sectionSteps(section: Node): Step[] {
  const steps: Step[] = [];
  for (const [index, block] of (section.children ?? []).entries()) {
    if (index > 0) steps.push({ kind: 'break' });
    if (block.type === 'paragraph') steps.push(...inline(block.children ?? []));
    else if (block.type === 'list')
      steps.push({
        kind: 'list',
        items: (block.children ?? []).map((li) => inline(li.children ?? [])),
      });
    else if (block.type === 'vote')
      steps.push({ kind: 'vote', vote: block as unknown as VoteJSON });
    else throw new Error(`the clerk has no way to write a ${block.type}`);
  }
  return steps;
}

const OUTCOME_LABEL: Record<string, string> = {
  einstimmig: 'einstimmig',
  einmuetig: 'einmütig',
  'mehrheitlich-zugestimmt': 'mehrheitlich zugestimmt',
  'zur-kenntnis-genommen': 'zur Kenntnis genommen',
};

/** Strg+Alt+B, the outcome by the arrows, subject, counts and who was biased by Tab, Enter. */
async function vote(clerk: Clerk, s: Session, v: VoteJSON, people: readonly Person[]) {
  const f = 'vote dialog';
  const dialog = clerk.page.getByTestId('vote-dialog');
  const field = (name: string) => dialog.locator(`[name="${name}"]`);
  await s.step(f, async () => {
    await clerk.press('Control+Alt+b', f);
    await clerk.waitFor(async () => (await dialog.count()) === 1, 'the vote dialog');
    await clerk.waitFor(
      async () =>
        (await clerk.page.evaluate(() => (document.activeElement as HTMLInputElement).name)) ===
        'outcome',
      'the outcome',
    );
    const label = OUTCOME_LABEL[v.outcome];
    if (!label) throw new Error(`no label for ${v.outcome}`);
    await clerk.moveUntil((x) => x.label === label, 'ArrowDown', f, 10);
    await clerk.press('Tab', f);
    if ((await field('subject').inputValue()) !== v.subject) {
      await clerk.press('Control+a', f);
      await clerk.type(v.subject, f);
    }
    if (v.counts) {
      await clerk.press('Tab', f);
      // A majority asks for counts already: the box is ticked then.
      if (!(await field('counted').isChecked())) await clerk.press('Space', f);
      await clerk.waitFor(async () => (await field('yes').count()) === 1, 'the counts');
      for (const key of ['yes', 'no', 'abstain'] as const) {
        await clerk.press('Tab', f);
        await clerk.press('Control+a', f);
        await clerk.type(String(v.counts[key]), f);
      }
    }
    for (const id of v.excluded) {
      const person = people.find((p) => p.id === id)!;
      const name = mentionName(person, true);
      await clerk.moveUntil((x) => x.label === name, 'Tab', f, 40);
      await clerk.press('Space', f);
    }
    await clerk.press('Enter', f);
    await clerk.waitFor(async () => (await dialog.count()) === 0, 'the vote');
  });
}

async function writeSteps(clerk: Clerk, s: Session, steps: Step[], people: readonly Person[]) {
  for (const step of steps) {
    if (step.kind === 'text') await typeText(clerk, s, step.text);
    else if (step.kind === 'mention')
      await mention(clerk, s, { printed: '', ids: step.ids }, people);
    else if (step.kind === 'break') await clerk.press('Enter', 'navigation');
    else if (step.kind === 'vote') await vote(clerk, s, step.vote, people);
    else {
      // "1. " at the start of a line makes the numbered list; Enter on an empty point ends it.
      for (const [index, item] of step.items.entries()) {
        if (index === 0) await s.step('list', () => clerk.type('1. ', 'list'));
        else await clerk.press('Enter', 'navigation');
        await writeSteps(clerk, s, item, people);
      }
      await clerk.press('Enter', 'navigation');
      await clerk.press('Enter', 'navigation');
    }
  }
}

/** Into the item's text: the agenda (F6), the item by the arrows, F6 on to its text. */
async function toItem(clerk: Clerk, number: string) {
  await clerk.moveUntil((x) => x.region === 'agenda', 'F6', 'navigation', 6);
  await clerk.moveUntil((x) => x.role === 'option', 'Tab', 'navigation', 6);
  const at = (x: { text: string }) => new RegExp(`^TOP\\s*${number}\\b`).test(x.text);
  // The meeting's own page is selected at first: Home selects the first item.
  if (number === '1') await clerk.press('Home', 'navigation');
  await clerk.moveUntil(at, 'ArrowDown', 'navigation', 12);
  // Enter opens the item; the clerk then goes on to its text.
  await clerk.press('Enter', 'navigation');
  await clerk.moveUntil((x) => x.inEditor, 'F6', 'navigation', 6);
}

async function meetingHeader(clerk: Clerk, s: Session, document: ProtocolDocument) {
  const f = 'header form';
  await clerk.moveUntil((x) => x.region === 'agenda', 'F6', 'navigation', 6);
  await clerk.moveUntil((x) => x.text.startsWith('Sitzung'), 'Tab', 'navigation', 4);
  await clerk.press('Enter', 'navigation');
  const m = document.meeting;
  const [y, mo, d] = m.date.split('-');
  const values: [string, string][] = [
    ['Sitzung Nr.', m.minutesNumber],
    ['Datum', `${d}.${mo}.${y}`],
    ['Beginn', m.start.replace(':', '')],
    ['Ende', m.end.replace(':', '')],
    ['Ort', m.place],
  ];
  for (const [label, value] of values) {
    await s.step(f, async () => {
      await clerk.moveUntil((x) => x.label === label, 'Tab', f);
      await clerk.type(value, f);
    });
  }
}

async function wholeMeeting(clerk: Clerk, s: Session, dir: string): Promise<string> {
  const source = example();
  await importAgenda(clerk, s);
  await clerk.waitFor(async () => (await clerk.page.getByText('TOP 8').count()) > 0, 'the agenda');
  await takeBody(clerk, s);
  await meetingHeader(clerk, s, source);
  for (const item of source.items) {
    await toItem(clerk, item.number);
    const sections = item.content.root.children as unknown as Node[];
    for (const [index, section] of sections.entries()) {
      if (index > 0) {
        await clerk.moveUntil(
          (x) => x.inEditor && x.section === section.title,
          'ArrowDown',
          'navigation',
          40,
        );
        await clerk.page.evaluate(
          () =>
            new Promise<void>((done) =>
              requestAnimationFrame(() => requestAnimationFrame(() => done())),
            ),
        );
      }
      await writeSteps(clerk, s, sectionSteps(section), source.people);
    }
  }
  return save(clerk, dir);
}

/**
 * The example's printed text, with one line as the app prints it: the example's title
 * ("Niederschrift über die öffentliche und nichtöffentliche Sitzung …") was written into the
 * file by hand; the template prints its own title and the app has no field to change it.
 */
function referenceLines(): string[] {
  const source = example();
  const lines = printedLines(KLEINWEILER_EXAMPLE);
  const template = findTemplate(source.templateId);
  if (!template || lines[0] !== source.layout.title) throw new Error('unexpected example title');
  return [template.title, ...lines.slice(1)];
}

async function measure(): Promise<Run> {
  const reference = referenceLines();
  const dir = tempDir('protokollant-keys-meeting-');
  const docs = join(dir, 'Dokumente');
  mkdirSync(docs, { recursive: true });
  const source = example();
  writeFileSync(join(docs, 'Einladung Gemeinderat 14.10.2026.csv'), agendaCsv(source));
  await writeFile(
    join(docs, 'Gemeinderat Kleinweiler.gremium'),
    serializeGremium(gremiumFromDocument(source)),
  );
  return clerkRun(dir, reference, (clerk, s) => wholeMeeting(clerk, s, dir));
}

export const rows: BenchRow[] = [
  {
    name: 'Keys per printed character: whole meeting (Kleinweiler, eight items)',
    goal: 'report (direction 0.5)',
    run: async () => result(await measure(), null),
  },
];
