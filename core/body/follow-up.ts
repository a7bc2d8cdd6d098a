import { createId } from '../model/ids';
import { addItem, skeletonOf } from '../model/ops/items';
import type { AgendaItem, ProtocolDocument, StandingItem } from '../model/schema';
import { formatDate } from '../style/dates';
import { newItem, templateOf } from '../templates/instantiate';
import type { Template } from '../templates/schema';
import { advanceMinutesNumber, inferPattern, parseByPattern } from '../style/minutes-number';

/**
 * The next minutes of a body, made from its last ones ("Folgesitzung"): what belongs to the
 * body carries over — the body with its numbering, standing items and snippet set, the roster,
 * chair and clerk, the signatories, the header layout and the rules; the minutes number is
 * advanced; everyone is present until the clerk says otherwise; the agenda starts with the
 * standing items. Nothing of the old meeting's content comes along: no text, no comments,
 * versions, signatures or corrections, no place or times, no findings.
 */

export interface FollowUpOptions {
  /** The new meeting's date (ISO), "" when not yet known. */
  date?: string;
  /** The template to take standing items and sections from; default the document's own. */
  template?: Template;
}

/** The previous Niederschrift's number as standing items name it. */
function previousMinutesLabel(previous: ProtocolDocument, number: string): string {
  if (number) return `Nr. ${number}`;
  if (previous.meeting.date) return `vom ${formatDate(previous.meeting.date)}`;
  return 'der letzten Sitzung';
}

/** Of a per-item document's numbers, the one the next Niederschrift follows: the highest. */
function highestItemNumber(previous: ProtocolDocument, pattern: string): string {
  let best = '';
  let bestN = -1;
  for (const item of previous.items) {
    const number = item.minutesNumber.trim();
    if (!number) continue;
    const parsed = parseByPattern(pattern || inferPattern(number) || '{n}', number);
    const n = parsed ? (parsed.year ?? 0) * 1_000_000 + parsed.n : -1;
    if (n >= bestN) {
      best = number;
      bestN = n;
    }
  }
  return best;
}

function standingItemsOf(previous: ProtocolDocument, template: Template | undefined) {
  const own: StandingItem[] | undefined = previous.body.standingItems;
  return own ?? template?.standingItems ?? [];
}

export function followUpDocument(
  previous: ProtocolDocument,
  options: FollowUpOptions = {},
): ProtocolDocument {
  const template = options.template ?? templateOf(previous);
  const date = options.date ?? '';
  const pattern = previous.body.numbering?.minutes ?? '';
  const perItem = previous.form === 'per-item';
  const previousNumber = perItem
    ? highestItemNumber(previous, pattern)
    : previous.meeting.minutesNumber.trim();
  const number = advanceMinutesNumber(previousNumber, {
    previousDate: previous.meeting.date,
    date,
    pattern,
  });
  const known = new Set(previous.people.map((p) => p.id));
  const keep = (id: string) => (known.has(id) ? id : '');

  const base: ProtocolDocument = {
    id: createId('doc'),
    templateId: previous.templateId,
    form: previous.form,
    language: previous.language,
    body: structuredClone(previous.body),
    layout: structuredClone(previous.layout),
    rules: {
      profile: previous.rules.profile,
      signatories: previous.rules.signatories.map((s) => ({ ...s, personId: keep(s.personId) })),
    },
    meeting: {
      minutesNumber: perItem ? '' : number,
      date,
      start: '',
      end: '',
      place: '',
      chairId: keep(previous.meeting.chairId),
      clerkId: keep(previous.meeting.clerkId),
      convenedProperly: null,
      quorate: null,
    },
    people: structuredClone(previous.people),
    attendance: [],
    items: [],
    workflow: { state: 'draft', history: [] },
    comments: [],
    versions: [],
    signatures: [],
    corrections: [],
  };

  const firstItem = (): AgendaItem =>
    template
      ? newItem(template)
      : {
          id: createId('top'),
          number: '1',
          title: '',
          public: true,
          paperRef: '',
          fileRef: '',
          rapporteur: '',
          treatment: previous.items[0]?.treatment ?? '',
          minutesNumber: '',
          content: skeletonOf(previous.items[0]),
        };

  if (perItem) {
    // One Niederschrift per TOP: the next meeting starts with its first, numbered on.
    return { ...base, items: [{ ...firstItem(), minutesNumber: number }] };
  }
  const standing = standingItemsOf(previous, template);
  if (standing.length === 0) return { ...base, items: [firstItem()] };
  const label = previousMinutesLabel(previous, previousNumber);
  let document = base;
  for (const s of standing) {
    const title = s.title.replaceAll('{previousMinutes}', label);
    const added = addItem(document, { public: s.public, title, ...(template ? { template } : {}) });
    // Without a template an item takes the sections of the old meeting's first one.
    const item: AgendaItem = template
      ? added.item
      : {
          ...added.item,
          treatment: previous.items[0]?.treatment ?? '',
          content: skeletonOf(previous.items[0]),
        };
    document = {
      ...added.document,
      items: added.document.items.map((i) => (i.id === item.id ? item : i)),
    };
  }
  return document;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/**
 * The date the app offers for the next meeting: four weeks after the last one (councils meet
 * in a steady rhythm, on the same weekday), moved on by whole weeks to today or later when that
 * lies in the past; today when the last date is unknown. Only a suggestion: the clerk confirms
 * or types the real date.
 */
export function suggestFollowUpDate(previousDate: string, today: string): string {
  const now = dayMs(today);
  const last = /^\d{4}-\d{2}-\d{2}$/.test(previousDate) ? dayMs(previousDate) : NaN;
  if (Number.isNaN(now)) return '';
  if (Number.isNaN(last)) return isoDay(now);
  let next = last + 28 * DAY_MS;
  if (next < now) next += Math.ceil((now - next) / (7 * DAY_MS)) * 7 * DAY_MS;
  return isoDay(next);
}
