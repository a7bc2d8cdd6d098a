import type { AgendaItem, ProtocolDocument } from '../model/schema';
import { formalName } from '../style/names';
import { agendaOrder } from '../votes/arithmetic';
import { outcomeText, protocolNodes } from './content';
import type { Finding } from './finding';

/**
 * What kind of agenda item this is decides what the check asks of it. A Bürgerfragestunde, a
 * Bekanntgabe or the Anfragen of the members end without a resolution; only a Beschluss (and a
 * Wahl, with its result) must record one. Hidden false positives cost clerks' trust, so the
 * kind comes from the item itself where the clerk set it, else from the template's title rules,
 * else from the common titles below; what none of them names is a Beschluss.
 */
export const ITEM_KINDS = ['beschluss', 'bericht', 'anfrage', 'fragestunde', 'wahl'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export function isItemKind(value: unknown): value is ItemKind {
  return typeof value === 'string' && (ITEM_KINDS as readonly string[]).includes(value);
}

/** A title rule: a case-insensitive regular expression on the Betreff, and the kind it means. */
export interface KindRule {
  match: string;
  kind: ItemKind;
}

/** The titles German councils give such items (Kleinweiler, Stuttgart, NRW agendas). */
export const DEFAULT_KIND_RULES: readonly KindRule[] = [
  {
    match:
      '(bürger|einwohner)(innen)?[- ]?(frage|fragestunde)|fragestunde|fragen der (einwohner|bürger)',
    kind: 'fragestunde',
  },
  { match: '^anfragen?\\b|anfragen (der|aus dem) ', kind: 'anfrage' },
  {
    match:
      '^(bekanntgabe|bekanntgaben|mitteilungen|informationen|bericht|berichte|verschiedenes|sonstiges|eröffnung)\\b',
    kind: 'bericht',
  },
  { match: '^(wahl|wahlen|nachwahl|neuwahl)\\b|\\bwahl (der|des|eines|einer)\\b', kind: 'wahl' },
];

/** The kind set on the item, when the clerk chose one (stored as `kind` on the item). */
export function ownKind(item: AgendaItem): ItemKind | null {
  const kind = (item as { kind?: unknown }).kind;
  return isItemKind(kind) ? kind : null;
}

function rulesOf(document: ProtocolDocument): readonly KindRule[] {
  const own = (document.body as { itemKinds?: unknown }).itemKinds;
  const valid = Array.isArray(own)
    ? own.filter(
        (r): r is KindRule =>
          typeof r === 'object' && r !== null && typeof r.match === 'string' && isItemKind(r.kind),
      )
    : [];
  return [...valid, ...DEFAULT_KIND_RULES];
}

function matches(rule: KindRule, title: string): boolean {
  try {
    return new RegExp(rule.match, 'iu').test(title);
  } catch {
    // A broken rule in a hand-edited file names nothing; the defaults still apply.
    return false;
  }
}

/** The kind the title suggests (the template's or body's rules first, then the defaults). */
export function kindFromTitle(document: ProtocolDocument, title: string): ItemKind {
  const trimmed = title.trim();
  return rulesOf(document).find((rule) => matches(rule, trimmed))?.kind ?? 'beschluss';
}

export function itemKind(document: ProtocolDocument, item: AgendaItem): ItemKind {
  return ownKind(item) ?? kindFromTitle(document, item.title);
}

/** Whether the law asks this item to record a decision (its wording and vote result). */
export function decisionDue(document: ProtocolDocument, item: AgendaItem): boolean {
  const kind = itemKind(document, item);
  return kind === 'beschluss' || kind === 'wahl';
}

/**
 * A sentence that records what was decided: a vote result, a resolution verb, an election. Any
 * text at all ("siehe oben", a placeholder left standing) is not a decision.
 */
const RESOLUTION =
  /\b(beschlie(ß|ss)t|beschlossen|stimm(t|en)\b[^.]*\bzu\b|zugestimmt|zustimmung|lehnt\b[^.]*\bab\b|lehnen\b[^.]*\bab\b|abgelehnt|nimmt\b[^.]*\bkenntnis|nehmen\b[^.]*\bkenntnis|zur kenntnis genommen|vertagt|zurückgestellt|einstimmig|einmütig|mehrheitlich|gewählt|wählt|bestellt|genehmigt|billigt|gebilligt|empfiehlt|beauftragt|ermächtigt)/iu;

/** Whether the item records a decision: a vote node, or a resolution sentence in its outcome. */
export function hasRecordedDecision(document: ProtocolDocument, item: AgendaItem): boolean {
  if (protocolNodes(item.content).votes.length > 0) return true;
  return RESOLUTION.test(outcomeText(document, item));
}

/**
 * Speakers who were not there at this item: excused or absent from the meeting, not yet
 * arrived, or already gone. People without an attendance entry (staff, guests) are not judged.
 */
export function absentSpeakerFindings(document: ProtocolDocument, item: AgendaItem): Finding[] {
  if (document.attendance.length === 0) return [];
  const order = agendaOrder(document);
  const index = order.get(item.id);
  if (index === undefined) return [];
  const findings: Finding[] = [];
  const reported = new Set<string>();
  for (const { node, path } of protocolNodes(item.content).speakers) {
    for (const personId of node.personIds) {
      if (reported.has(personId)) continue;
      const entry = document.attendance.find((a) => a.personId === personId);
      const person = document.people.find((p) => p.id === personId);
      if (!entry || !person) continue;
      let reason: 'notThere' | 'notYetArrived' | 'alreadyLeft' | null = null;
      if (entry.status !== 'present') reason = 'notThere';
      else {
        const from = entry.arrivedAtItem ? order.get(entry.arrivedAtItem) : undefined;
        const until = entry.leftAfterItem ? order.get(entry.leftAfterItem) : undefined;
        if (from !== undefined && index < from) reason = 'notYetArrived';
        else if (until !== undefined && index > until) reason = 'alreadyLeft';
      }
      if (!reason) continue;
      reported.add(personId);
      findings.push({
        severity: 'warning',
        messageKey: `check.speakerAbsent.${reason}`,
        params: {
          name: formalName(person),
          number: item.number,
          from: entry.arrivedAtItem
            ? (document.items.find((i) => i.id === entry.arrivedAtItem)?.number ?? '')
            : '',
          until: entry.leftAfterItem
            ? (document.items.find((i) => i.id === entry.leftAfterItem)?.number ?? '')
            : '',
        },
        itemId: item.id,
        field: 'speaker',
        nodePath: path,
        personId,
      });
    }
  }
  return findings;
}
