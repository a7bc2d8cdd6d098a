import type { ContentNode, ItemContent } from '../content/nodes';
import { contentToPlainText } from '../content/walk';
import { isVoteNode } from '../content/nodes-protocol';
import { customText } from '../text/protocol-text';
import type { AgendaItem, ProtocolDocument } from '../model/schema';
import { templateOf } from '../templates/instantiate';
import { voteLines } from '../votes/render';

/**
 * Each agenda item of a folder of minutes as a record the archive searches and the
 * Beschlussbuch lists: where it stands (file, date, minutes number, TOP), what it is about
 * (Betreff, Drucksache) and what was said and decided, as the printed text reads.
 */
export interface ItemRecord {
  file: string;
  date: string;
  minutesNumber: string;
  itemId: string;
  top: string;
  title: string;
  paperRef: string;
  public: boolean;
  /** The item's printed text, one line per paragraph (speakers and votes as printed). */
  lines: string[];
  /** The resolution, when the item has one (a Beschluss section with text or a vote). */
  resolution: Resolution | null;
}

export interface Resolution {
  /** The wording of the resolution. */
  text: string;
  /** The result as printed: "Der Gemeinderat stimmt … mehrheitlich zu. Abstimmungsergebnis: Ja 9 …". */
  result: string;
}

interface SectionLike {
  type: string;
  section?: string;
  children?: ContentNode[];
}

function sectionsOf(item: AgendaItem): SectionLike[] {
  return item.content.root.children.filter((c) => c.type === 'protocol-section') as SectionLike[];
}

function plain(document: ProtocolDocument, item: AgendaItem, section: SectionLike) {
  const votes: string[] = [];
  const hook = customText(document, item);
  const content = {
    ...item.content,
    root: { ...item.content.root, children: [{ ...section, printTitle: false }] },
  } as ItemContent;
  const text = contentToPlainText(content, (node) => {
    if (isVoteNode(node)) {
      votes.push(voteLines(document, node, new Set()).join(' '));
      return '';
    }
    return hook(node);
  });
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return { lines, votes };
}

/** The resolution of an item: its outcome section's words and its vote result. */
function resolutionOf(document: ProtocolDocument, item: AgendaItem): Resolution | null {
  const outcomeKeys = new Set(
    templateOf(document)
      ?.sections.filter((s) => s.outcome)
      .map((s) => s.key) ?? ['beschluss'],
  );
  if (outcomeKeys.size === 0) outcomeKeys.add('beschluss');
  const sections = sectionsOf(item);
  const outcome = sections.filter((s) => s.section && outcomeKeys.has(s.section));
  const lines: string[] = [];
  const votes: string[] = [];
  for (const section of outcome) {
    const found = plain(document, item, section);
    lines.push(...found.lines);
    votes.push(...found.votes);
  }
  if (lines.length === 0 && votes.length === 0) return null;
  let text = lines.join('\n');
  // "stimmt dem Beschlussantrag zu" (Stuttgart): the wording is the Beschlussantrag's.
  if (text === '') {
    const motion = sections.find((s) => s.section === 'beschlussantrag');
    if (motion) text = plain(document, item, motion).lines.join('\n');
  }
  return { text, result: votes.join(' ') };
}

export function itemRecords(document: ProtocolDocument, file: string): ItemRecord[] {
  return document.items.map((item) => {
    const text = contentToPlainText(item.content, customText(document, item));
    return {
      file,
      date: document.meeting.date,
      minutesNumber: item.minutesNumber || document.meeting.minutesNumber,
      itemId: item.id,
      top: item.number,
      title: item.title,
      paperRef: item.paperRef,
      public: item.public,
      lines: text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
      resolution: resolutionOf(document, item),
    };
  });
}

/** The archive's order: by date, then minutes number ("9/2026" before "10/2026"). */
export function byDateAndNumber(
  a: Pick<ItemRecord, 'date' | 'minutesNumber'>,
  b: Pick<ItemRecord, 'date' | 'minutesNumber'>,
): number {
  return (
    a.date.localeCompare(b.date) ||
    a.minutesNumber.localeCompare(b.minutesNumber, 'de', { numeric: true })
  );
}
