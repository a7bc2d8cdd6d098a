import type { MessageKey, MessageParams } from '../i18n/catalog';

/**
 * One result of the completeness check. It names the place precisely enough for the app to
 * jump there: the item, the field, and for content the path of the node.
 */

/** error: the law or the arithmetic is not satisfied; warning: probably a gap, please look. */
export type FindingSeverity = 'error' | 'warning';

/**
 * Where in the document a finding points. Header fields use their layout keys
 * ('meeting.date', 'item.paperRef'); the rest name a part of the Niederschrift.
 */
export type FindingField =
  | 'body.name'
  | 'meeting.minutesNumber'
  | 'meeting.date'
  | 'meeting.start'
  | 'meeting.end'
  | 'meeting.place'
  | 'meeting.chair'
  | 'meeting.clerk'
  | 'meeting.quorate'
  | 'meeting.convenedProperly'
  | 'item.minutesNumber'
  | 'item.number'
  | 'item.treatment'
  | 'item.paperRef'
  | 'item.fileRef'
  | 'item.sessionKind'
  | 'item.rapporteur'
  | 'item.title'
  | 'attendance'
  | 'signatories'
  | 'outcome'
  | 'vote'
  | 'speaker';

export interface Finding {
  severity: FindingSeverity;
  messageKey: MessageKey;
  params: MessageParams;
  itemId?: string;
  field?: FindingField;
  /** The person a finding is about (an absence, a signatory), for the attendance view. */
  personId?: string;
  /** Child indices from the item's content root to the node (a vote, a speaker mention). */
  nodePath?: number[];
  /**
   * The rule the finding rests on was not read in a text of the law (assets/rules): the finding
   * is a warning, and its text says so (findingText in describe.ts).
   */
  lawUnverified?: true;
}

/**
 * A rule whose source in the profile data was not read in the law's published wording yields a
 * warning, never an error: the check must not claim more than the law is known to ask.
 */
export const severityOf = (source: { verified: boolean }): FindingSeverity =>
  source.verified ? 'error' : 'warning';

/** The severity of a finding from a profile rule, marked when the rule was not read. */
export const lawSeverity = (source: {
  verified: boolean;
}): Pick<Finding, 'severity' | 'lawUnverified'> =>
  source.verified ? { severity: 'error' } : { severity: 'warning', lawUnverified: true };

/** One finding per place and kind: the first (most specific) wins. */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const finding of findings) {
    const key = [
      finding.messageKey,
      finding.itemId ?? '',
      finding.field ?? '',
      finding.personId ?? '',
      (finding.nodePath ?? []).join('.'),
      JSON.stringify(finding.params, (_k, v: unknown) => (typeof v === 'function' ? '' : v)),
    ].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(finding);
  }
  return out;
}
