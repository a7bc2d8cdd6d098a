import { bulletList, content, numberedList, paragraph, section, table } from '../content/build';
import { isElement, type ContentNode } from '../content/nodes';
import { walkContent } from '../content/walk';
import { asContentNode, speakerNode, voteNode, type VoteInit } from '../content/nodes-protocol';
import type { AgendaItem, Attendance, Person, ProtocolDocument } from '../model/schema';
import { findTemplate } from '../templates/registry';
import { instantiateTemplate } from '../templates/instantiate';
import { mentionName } from '../style/names';
import { presenceAtItem } from '../votes/arithmetic';
import { SAMPLE_TOPICS, type SampleTopic } from './topics';

/**
 * A realistic German sample meeting (whole-meeting form) for demos, training and benchmarks:
 * a council with groups, staff, attendance with absences, arrivals and departures, and items
 * with facts, a discussion in reported speech and a resolution with its vote. Deterministic
 * for a given seed, so benchmarks compare like with like.
 *
 * Speakers are speaker mentions of the roster and every resolution ends in a vote node whose
 * counts agree with who is present and entitled to vote at that item.
 */

export interface SampleOptions {
  tops: number;
  seed?: number;
  /**
   * Makes TOP 1 about this many printed pages long (a budget debate, a Bebauungsplan with its
   * Abwägung): the worst case of one item for benchmarks and tests. Without it TOP 1 is as
   * long as the others (about 2.5 pages).
   */
  itemPages?: number;
  /**
   * Speakers in each item's discussion; by default 12 to 19, drawn at random (about 2.5 pages
   * an item). Few speakers make short items: a meeting of thousands of items at a few hundred
   * pages, the load test of the host's background exports.
   */
  speakers?: number;
}

export const MAX_ITEM_PAGES = 200;

/**
 * The most items a sample meeting has: the 2,000-item minutes the host must export without
 * freezing (issue 12) are the upper end of what benchmarks and tests ask for.
 */
export const MAX_SAMPLE_TOPS = 2000;
export const MAX_SAMPLE_SPEAKERS = 40;

/** mulberry32: small, fast, good enough to vary prose. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GROUPS = ['CDU', 'GRÜNE', 'SPD', 'FW', 'FDP'];
const MEMBERS: [string, string, boolean][] = [
  ['Andreas', 'Bauer', true],
  ['Birgit', 'Cramer', false],
  ['Christian', 'Dreher', true],
  ['Doris', 'Eberle', false],
  ['Erik', 'Faller', true],
  ['Franziska', 'Gerber', false],
  ['Georg', 'Haas', true],
  ['Helga', 'Imhof', false],
  ['Ingo', 'Jäger', true],
  ['Jana', 'Kern', false],
  ['Klaus', 'Lutz', true],
  ['Lea', 'Maier', false],
  ['Manfred', 'Nägele', true],
  ['Nina', 'Ott', false],
  ['Oliver', 'Pfaff', true],
  ['Petra', 'Quast', false],
  ['Ralf', 'Renz', true],
  ['Sabine', 'Sauter', false],
  ['Tobias', 'Thoma', true],
  ['Ursula', 'Ulmer', false],
  ['Volker', 'Vetter', true],
  ['Waltraud', 'Wörner', false],
  ['Xaver', 'Zeller', true],
  ['Yvonne', 'Ziegler', false],
];
const STAFF: [string, string, boolean, string][] = [
  ['Markus', 'Brenner', true, 'Kämmerei'],
  ['Claudia', 'Hoffmann', false, 'Stadtplanungsamt'],
  ['Jens', 'Wagner', true, 'Tiefbauamt'],
  ['Aylin', 'Demir', false, 'Amt für Bildung und Soziales'],
  ['Stefan', 'Roth', true, 'Ordnungsamt'],
];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}

function buildRoster(random: () => number): Person[] {
  const people: Person[] = [
    {
      id: 'p-ob',
      kind: 'member',
      formOfAddress: 'Herr',
      honorific: 'OB',
      title: 'Dr.',
      givenName: 'Frank',
      familyName: 'Albers',
      group: '',
      unit: '',
      role: 'Vorsitz',
      votingRight: true,
    },
  ];
  MEMBERS.forEach(([given, family, male], i) => {
    people.push({
      id: `p-m${i + 1}`,
      kind: 'member',
      formOfAddress: male ? 'Herr' : 'Frau',
      honorific: male ? 'StR' : 'StRin',
      title: random() < 0.15 ? 'Dr.' : '',
      givenName: given,
      familyName: family,
      group: GROUPS[i % GROUPS.length]!,
      unit: '',
      role: 'Mitglied',
      votingRight: true,
    });
  });
  STAFF.forEach(([given, family, male, unit], i) => {
    people.push({
      id: `p-s${i + 1}`,
      kind: 'staff',
      formOfAddress: male ? 'Herr' : 'Frau',
      honorific: '',
      title: '',
      givenName: given,
      familyName: family,
      group: '',
      unit,
      role: '',
      votingRight: false,
    });
  });
  people.push({
    id: 'p-clerk',
    kind: 'staff',
    formOfAddress: 'Frau',
    honorific: '',
    title: '',
    givenName: 'Monika',
    familyName: 'Seitz',
    group: '',
    unit: 'Haupt- und Personalamt',
    role: 'Schriftführung',
    votingRight: false,
  });
  return people;
}

/** The kind of vote an item gets; the counts follow once attendance is known. */
type PlannedVote =
  | { outcome: 'einstimmig' | 'einmuetig' | 'zur-kenntnis-genommen' }
  | { outcome: 'mehrheitlich-zugestimmt'; no: number; abstain: number };

function planVote(random: () => number): PlannedVote {
  const roll = random();
  if (roll < 0.45) return { outcome: 'einstimmig' };
  if (roll < 0.65) return { outcome: 'einmuetig' };
  if (roll < 0.9) {
    const no = 1 + Math.floor(random() * 5);
    const abstain = Math.floor(random() * 3);
    return { outcome: 'mehrheitlich-zugestimmt', no, abstain };
  }
  return { outcome: 'zur-kenntnis-genommen' };
}

function voteFor(plan: PlannedVote, entitled: number): VoteInit {
  switch (plan.outcome) {
    case 'mehrheitlich-zugestimmt':
      return {
        outcome: plan.outcome,
        counts: { yes: entitled - plan.no - plan.abstain, no: plan.no, abstain: plan.abstain },
      };
    case 'zur-kenntnis-genommen':
      return { outcome: plan.outcome, subject: 'dem Bericht' };
    default:
      return { outcome: plan.outcome };
  }
}

const speaker = (person: Person): ContentNode => asContentNode(speakerNode([person.id]));

const capitalize = (text: string): string => `${text[0]!.toUpperCase()}${text.slice(1)}`;

function itemFor(
  random: () => number,
  index: number,
  topic: SampleTopic,
  people: Person[],
  fixedSpeakers?: number,
): { item: AgendaItem; vote: PlannedVote } {
  const members = people.filter((p) => p.kind === 'member' && p.id !== 'p-ob');
  const staff = people.filter((p) => p.kind === 'staff' && p.id !== 'p-clerk');
  const place = pick(random, ['Nord', 'Süd', 'West', 'Ost', 'Mitte', 'Am Bahnhof', 'Talaue']);
  const year = String(2026 + Math.floor(random() * 3));
  const amount = (50 + Math.floor(random() * 950)).toLocaleString('de-DE');
  const vars = { place, year, amount, paper: `${100 + index}/2026` };
  const reporter = pick(random, staff);
  const facts: ContentNode[] = topic.facts.map((f) => paragraph(fill(f, vars)));
  facts.push(
    paragraph(
      speaker(reporter),
      ` erläutert die Vorlage. ${fill(pick(random, topic.explanations), vars)}`,
    ),
  );

  const discussion: ContentNode[] = [];
  // Real debates on contested items run long; about 2.5 printed pages per item on average,
  // so the 60-item sample is the ~150-page Niederschrift the benchmarks are about.
  const drawn = 12 + Math.floor(random() * 8);
  const speakers = fixedSpeakers ?? drawn;
  for (let s = 0; s < speakers; s++) {
    const member = pick(random, members);
    const sentences = [
      fill(pick(random, topic.statements), vars),
      `${fill(pick(random, topic.statements), vars)} ${capitalize(fill(pick(random, topic.statements), vars))}`,
    ];
    const verb = pick(random, [
      'betont',
      'erklärt für die Fraktion',
      'gibt zu bedenken',
      'hält fest',
      'merkt an',
    ]);
    const second = `${sentences[1]![0]!.toUpperCase()}${sentences[1]!.slice(1)}`;
    discussion.push(paragraph(speaker(member), ` ${verb}, ${sentences[0]} ${second}`));
    if (random() < 0.6) {
      discussion.push(
        paragraph(
          'Hierzu führt ',
          speaker(reporter),
          ` aus, ${fill(pick(random, topic.answers), vars)}`,
        ),
      );
    }
  }
  const vote = planVote(random);
  const resolution: ContentNode[] = [numberedList(topic.resolution.map((r) => [fill(r, vars)]))];
  const item: AgendaItem = {
    id: `top-${index}`,
    number: String(index),
    title: fill(topic.title, vars),
    public: random() < SAMPLE_PUBLIC_SHARE,
    paperRef: vars.paper,
    fileRef: '',
    rapporteur: mentionName(reporter, true),
    treatment: 'Beschluss',
    minutesNumber: '',
    content: content([
      section('sachverhalt', 'Sachverhalt:', true, facts),
      section('aussprache', 'Aussprache:', true, discussion),
      section('beschluss', 'Beschluss:', true, resolution),
    ]),
  };
  return { item, vote };
}

const SAMPLE_PUBLIC_SHARE = 0.85;

/**
 * Characters of running text on one printed page of the Niederschrift (A4, Arimo 11 pt,
 * the print model's margins), measured on exports of the sample: a 20-page item printed with
 * `export --top 1 --pdf` runs to 20 pages within one either side.
 */
const CHARS_PER_PAGE = 2_750;

const textLength = (nodes: ContentNode[]): number =>
  nodes.reduce(
    (sum, node) =>
      sum +
      ('text' in node && typeof node.text === 'string' ? node.text.length : 0) +
      ((node.type as string) === 'speaker' ? 20 : 0) +
      (isElement(node) ? textLength(node.children) : 0),
    0,
  );

/**
 * Rewrites an item into a long debate of about `pages` printed pages, in the shape such items
 * have: the facts with a table of the statements received and their weighing (Abwägung), then
 * round after round of speakers and the administration's answers, amendments put as lists and
 * voted on (rejected, counted against those entitled at this item), and the resolution.
 */
function lengthenItem(
  random: () => number,
  doc: ProtocolDocument,
  item: AgendaItem,
  bank: SampleTopic,
  pages: number,
): void {
  const members = doc.people.filter((p) => p.kind === 'member' && p.id !== 'p-ob');
  const staff = doc.people.filter((p) => p.kind === 'staff' && p.id !== 'p-clerk');
  const vars = { place: 'Talaue', year: '2027', amount: '480', paper: item.paperRef };
  const budget = pages * CHARS_PER_PAGE;
  const entitled = presenceAtItem(doc, item.id).entitled.length;
  const [facts, debate, resolution] = item.content.root.children.filter(isElement);
  if (!facts || !debate || !resolution) return;

  // The statements received and their weighing: one row for every two pages or so.
  const rows = Math.max(3, Math.round(pages / 2));
  const tableRows = [['Nr.', 'Stellungnahme', 'Abwägungsvorschlag der Verwaltung']];
  for (let r = 1; r <= rows; r++) {
    tableRows.push([
      String(r),
      capitalize(fill(pick(random, bank.statements), vars)),
      capitalize(fill(pick(random, bank.answers), vars)),
    ]);
  }
  facts.children.push(
    paragraph(
      `Zur frühzeitigen Beteiligung sind ${rows} Stellungnahmen eingegangen; sie sind mit dem Abwägungsvorschlag der Verwaltung in der folgenden Übersicht zusammengefasst:`,
    ),
    table(tableRows),
  );

  const reporter = pick(random, staff);
  const groups = [...new Set(members.map((m) => m.group))];
  const nodes: ContentNode[] = [...debate.children];
  let length = textLength([facts, debate, resolution]);
  const add = (...added: ContentNode[]) => {
    nodes.push(...added);
    length += textLength(added);
  };
  let round = 0;
  while (length < budget) {
    round++;
    for (let s = 0; s < 4; s++) {
      const member = pick(random, members);
      const verb = pick(random, ['betont', 'erklärt', 'gibt zu bedenken', 'hält fest', 'ergänzt']);
      const said = [0, 1, 2].map(() => fill(pick(random, bank.statements), vars));
      add(
        paragraph(
          speaker(member),
          ` ${verb}, ${said[0]} ${capitalize(said[1]!)} ${capitalize(said[2]!)}`,
        ),
      );
    }
    add(
      paragraph(
        speaker(reporter),
        ` antwortet, ${fill(pick(random, bank.answers), vars)} ${capitalize(fill(pick(random, bank.answers), vars))}`,
      ),
    );
    // Every third round a group puts an amendment, which the majority rejects.
    if (round % 3 === 0) {
      const group = pick(random, groups);
      add(
        paragraph(`Die Fraktion ${group} beantragt, den Beschlussantrag wie folgt zu ergänzen:`),
        bulletList([0, 1, 2].map(() => [capitalize(fill(pick(random, bank.statements), vars))])),
      );
      const yes = 3 + Math.floor(random() * 5);
      const abstain = Math.floor(random() * 3);
      add(
        asContentNode(
          voteNode({
            outcome: 'mehrheitlich-abgelehnt',
            subject: `dem Änderungsantrag der Fraktion ${group}`,
            counts: { yes, no: entitled - yes - abstain, abstain },
          }),
        ),
      );
    }
  }
  debate.children = nodes;
}

export function buildSampleMeeting(options: SampleOptions): ProtocolDocument {
  const tops = Math.max(1, Math.min(MAX_SAMPLE_TOPS, Math.floor(options.tops)));
  const random = prng(options.seed ?? 20261127);
  const template = findTemplate('gemeinderat-sitzung');
  if (!template) throw new Error('template gemeinderat-sitzung missing');
  const doc = instantiateTemplate(template);
  doc.id = `doc-sample-${tops}`;
  doc.body = {
    name: 'Gemeinderat der Stadt Musterstadt',
    shortName: 'Der Gemeinderat',
    kind: 'council',
    memberCount: 25,
  };
  doc.meeting = {
    minutesNumber: '12/2026',
    date: '2026-11-18',
    start: '16:00',
    end: '22:40',
    place: 'Großer Sitzungssaal, Rathaus Musterstadt, Marktplatz 1',
    chairId: 'p-ob',
    clerkId: 'p-clerk',
    convenedProperly: true,
    quorate: true,
  };
  doc.people = buildRoster(random);
  const attendance: Attendance[] = doc.people.map((p) => ({
    personId: p.id,
    status: 'present',
    reason: '',
    arrivedAtItem: '',
    leftAfterItem: '',
  }));
  const setAttendance = (id: string, extra: Partial<Attendance>) => {
    const entry = attendance.find((a) => a.personId === id);
    if (entry) Object.assign(entry, extra);
  };
  setAttendance('p-m4', { status: 'excused', reason: 'krank' });
  setAttendance('p-m11', { status: 'excused', reason: 'beruflich verhindert' });
  setAttendance('p-m17', { status: 'absent', reason: 'unentschuldigt' });
  doc.attendance = attendance;

  const planned = new Map<AgendaItem, PlannedVote>();
  const topics = new Map<AgendaItem, SampleTopic>();
  const items: AgendaItem[] = [];
  for (let i = 1; i <= tops; i++) {
    const { item, vote } = itemFor(
      random,
      i,
      SAMPLE_TOPICS[(i - 1) % SAMPLE_TOPICS.length]!,
      doc.people,
      options.speakers === undefined
        ? undefined
        : Math.max(0, Math.min(MAX_SAMPLE_SPEAKERS, Math.floor(options.speakers))),
    );
    planned.set(item, vote);
    topics.set(item, SAMPLE_TOPICS[(i - 1) % SAMPLE_TOPICS.length]!);
    items.push(item);
  }
  // Public items first, then the non-public part, as the agenda is ordered.
  items.sort((a, b) => Number(b.public) - Number(a.public));
  items.forEach((item, i) => {
    item.number = String(i + 1);
    item.id = `top-${i + 1}`;
  });
  doc.items = items;
  if (tops >= 3) {
    setAttendance('p-m8', { arrivedAtItem: items[1]!.id });
    setAttendance('p-m20', { leftAfterItem: items[Math.max(1, tops - 2)]!.id });
  }
  // The votes, now that it is known who is present and entitled at each item.
  for (const item of items) {
    const entitled = presenceAtItem(doc, item.id).entitled.length;
    const beschluss = item.content.root.children.at(-1);
    if (beschluss && isElement(beschluss)) {
      beschluss.children.push(asContentNode(voteNode(voteFor(planned.get(item)!, entitled))));
    }
  }
  if (options.itemPages !== undefined) {
    const pages = Math.max(1, Math.min(MAX_ITEM_PAGES, Math.floor(options.itemPages)));
    lengthenItem(random, doc, items[0]!, topics.get(items[0]!)!, pages);
  }
  speakOnlyWhenPresent(doc);
  doc.rules.signatories = [
    { role: 'chair', label: 'Vorsitz', personId: 'p-ob' },
    { role: 'member', label: 'Mitglied des Gemeinderats', personId: 'p-m1' },
    { role: 'member', label: 'Mitglied des Gemeinderats', personId: 'p-m2' },
    { role: 'clerk', label: 'Schriftführung', personId: 'p-clerk' },
  ];
  return doc;
}

/**
 * Speakers are drawn from the whole roster before attendance is known; the check (rightly)
 * finds a speaker who was not there. Each such mention goes to a member of the same group
 * who was present at that item, else to any present member, so the sample stays complete.
 */
function speakOnlyWhenPresent(doc: ProtocolDocument): void {
  for (const item of doc.items) {
    const presence = presenceAtItem(doc, item.id);
    if (!presence.known) continue;
    const present = new Set(presence.present.map((p) => p.id));
    const members = presence.present.filter((p) => p.kind === 'member');
    for (const node of walkContent(item.content)) {
      if ((node.type as string) !== 'speaker') continue;
      const mention = node as unknown as { personIds: string[] };
      const ids = mention.personIds.map((id) => {
        if (present.has(id)) return id;
        const absent = doc.people.find((p) => p.id === id);
        const stand = members.find((m) => m.group === absent?.group) ?? members[0];
        return stand?.id ?? id;
      });
      mention.personIds = [...new Set(ids)];
    }
  }
}
