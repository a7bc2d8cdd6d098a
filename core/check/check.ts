import { t, type Lang } from '../i18n/catalog';
import type { ProtocolDocument } from '../model/schema';
import { validateDocumentHeaders } from '../model/validation';
import { profileOf, type RulesProfile } from '../rules/profiles';
import { unknownSpeakerIds } from '../speakers/render';
import { formalName } from '../style/names';
import { agendaOrder, attendanceKnown, quorumAtItem } from '../votes/arithmetic';
import { checkVote } from '../votes/findings';
import { hasOutcome, protocolNodes } from './content';
import { dedupeFindings, lawSeverity, type Finding, type FindingField } from './finding';
import { absentSpeakerFindings, decisionDue, hasRecordedDecision } from './item-kinds';
import { checkSignatories } from './signatories';

/**
 * The completeness check: what the body's rules profile asks of the Niederschrift, the vote
 * arithmetic, and references that lead nowhere. Pure; the app runs it while typing, the CLI
 * on a file.
 */

/** The attendance finding's wording follows what the state's law asks to record. */
const ATTENDANCE_MISSING = {
  presentCountAbsentNames: 'check.attendanceMissing',
  presentNames: 'check.attendanceMissingNames',
  presentAndAbsentNames: 'check.attendanceMissingAbsent',
} as const;

export function fieldLabel(lang: Lang, field: FindingField): string {
  return t(lang, `check.field.${field}`);
}

/** A field name as a message parameter, in the reader's language. */
export function fieldParam(field: FindingField) {
  return (lang: Lang) => fieldLabel(lang, field);
}

function checkMeeting(document: ProtocolDocument, profile: RulesProfile): Finding[] {
  const findings: Finding[] = [];
  const { meeting } = document;
  const missing = (field: FindingField, severity: Finding['severity'] = 'error') =>
    findings.push({
      severity,
      messageKey: 'check.fieldMissing',
      params: { field: fieldParam(field) },
      field,
    });

  if (profile.requires.chair) {
    if (!meeting.chairId) {
      // Every Niederschrift names its chair, read or not; the state's paragraph is cited.
      const law = profile.cites.chair.law;
      findings.push({
        severity: 'error',
        messageKey: law ? 'check.chairMissingLaw' : 'check.chairMissing',
        params: law ? { law } : {},
        field: 'meeting.chair',
      });
    }
  }
  for (const [field, id] of [
    ['meeting.chair', meeting.chairId],
    ['meeting.clerk', meeting.clerkId],
  ] as const) {
    if (id && !document.people.some((p) => p.id === id)) {
      findings.push({
        severity: 'error',
        messageKey: 'check.personUnknown',
        params: { id },
        field,
      });
    }
  }
  if (!meeting.date) missing('meeting.date');
  if (document.form === 'meeting') {
    if (!meeting.start) missing('meeting.start');
    if (!meeting.end) missing('meeting.end');
    if (meeting.convenedProperly === null) {
      findings.push({
        severity: 'warning',
        messageKey: 'check.convenedNotStated',
        params: {},
        field: 'meeting.convenedProperly',
      });
    }
    if (meeting.quorate === null) {
      findings.push({
        severity: 'warning',
        messageKey: 'check.quorateNotStated',
        params: {},
        field: 'meeting.quorate',
      });
    }
  }
  if (profile.requires.place && !meeting.place) {
    findings.push({
      ...lawSeverity(profile.cites.place),
      messageKey: 'check.fieldMissingLaw',
      params: { field: fieldParam('meeting.place'), law: profile.cites.place.law },
      field: 'meeting.place',
    });
  }

  // The finding "quorate" must agree with the attendance at the first item.
  const first = document.items[0];
  if (meeting.quorate === true && first) {
    const quorum = quorumAtItem(document, first.id, profile.quorum);
    if (quorum && !quorum.reached) {
      findings.push({
        // At the opening no presumption holds yet; only an unread rule makes this a warning.
        ...lawSeverity(quorum),
        messageKey: 'check.quorateContradicts',
        params: {
          counted: quorum.counted,
          members: quorum.members,
          required: quorum.required,
          law: quorum.law,
        },
        field: 'meeting.quorate',
      });
    }
  }
  return findings;
}

function checkAttendance(document: ProtocolDocument, profile: RulesProfile): Finding[] {
  const findings: Finding[] = [];
  const at = { field: 'attendance' as const };
  if (!attendanceKnown(document)) {
    if (profile.requires.presentCount) {
      findings.push({
        ...lawSeverity(profile.cites.presentCount),
        messageKey:
          profile.attendance === 'presentCountAbsentNames' && !profile.requires.absenceReasons
            ? 'check.attendanceMissingCount'
            : ATTENDANCE_MISSING[profile.attendance],
        params: { law: profile.cites.presentCount.law },
        ...at,
      });
    }
    return findings;
  }
  const order = agendaOrder(document);
  const seen = new Set<string>();
  for (const entry of document.attendance) {
    const person = document.people.find((p) => p.id === entry.personId);
    const personId = entry.personId;
    if (!person) {
      findings.push({
        severity: 'error',
        messageKey: 'check.attendanceUnknownPerson',
        params: { id: personId },
        ...at,
        personId,
      });
      continue;
    }
    const name = formalName(person);
    if (seen.has(personId)) {
      findings.push({
        severity: 'error',
        messageKey: 'check.attendanceTwice',
        params: { name },
        ...at,
        personId,
      });
    }
    seen.add(personId);
    if (entry.status !== 'present') {
      if (
        profile.requires.absenceReasons &&
        person.kind === 'member' &&
        entry.reason.trim() === ''
      ) {
        findings.push({
          ...lawSeverity(profile.cites.absenceReasons),
          messageKey: 'check.absenceReasonMissing',
          params: { name, law: profile.cites.absenceReasons.law },
          ...at,
          personId,
        });
      }
      continue;
    }
    const from = entry.arrivedAtItem ? order.get(entry.arrivedAtItem) : undefined;
    const until = entry.leftAfterItem ? order.get(entry.leftAfterItem) : undefined;
    if (entry.arrivedAtItem && from === undefined) {
      findings.push({
        severity: 'error',
        messageKey: 'check.arrivalUnknownItem',
        params: { name, id: entry.arrivedAtItem },
        ...at,
        personId,
      });
    }
    if (entry.leftAfterItem && until === undefined) {
      findings.push({
        severity: 'error',
        messageKey: 'check.departureUnknownItem',
        params: { name, id: entry.leftAfterItem },
        ...at,
        personId,
      });
    }
    if (from !== undefined && until !== undefined && from > until) {
      findings.push({
        severity: 'error',
        messageKey: 'check.arrivalAfterDeparture',
        params: { name, from: document.items[from]!.number, until: document.items[until]!.number },
        ...at,
        personId,
      });
    }
  }
  return findings;
}

/**
 * Required header fields and house formats, per the document's layout: the meeting view's
 * header validation (core/model/validation.ts), so the form and the check say the same. The
 * field name is given in the reader's language rather than the template's label.
 */
function checkHeader(document: ProtocolDocument): Finding[] {
  return validateDocumentHeaders(document).map((f) => ({
    severity: f.severity,
    messageKey: f.messageKey,
    params: { ...f.params, label: fieldParam(f.fieldKey) },
    field: f.fieldKey,
    ...(f.itemId ? { itemId: f.itemId } : {}),
  }));
}

function checkItems(document: ProtocolDocument, profile: RulesProfile): Finding[] {
  const findings: Finding[] = [];
  const numbers = new Map<string, string>();
  for (const item of document.items) {
    const number = item.number.trim();
    if (number === '') {
      findings.push({
        severity: 'error',
        messageKey: 'check.fieldMissing',
        params: { field: fieldParam('item.number') },
        itemId: item.id,
        field: 'item.number',
      });
    } else if (numbers.has(number)) {
      findings.push({
        severity: 'error',
        messageKey: 'check.itemNumberTwice',
        params: { number },
        itemId: item.id,
        field: 'item.number',
      });
    } else numbers.set(number, item.id);

    const { speakers, votes } = protocolNodes(item.content);
    for (const { node, path } of speakers) {
      for (const id of unknownSpeakerIds(document, node.personIds)) {
        findings.push({
          severity: 'error',
          messageKey: 'check.speakerUnknown',
          params: { id },
          itemId: item.id,
          field: 'speaker',
          nodePath: path,
        });
      }
    }
    for (const { node, path } of votes)
      findings.push(...checkVote(document, item, node, path, profile));
    findings.push(...absentSpeakerFindings(document, item));
    // Only a Beschluss or a Wahl must record a decision (item-kinds.ts), and text is not one.
    if (
      profile.requires.outcomes &&
      decisionDue(document, item) &&
      !hasRecordedDecision(document, item)
    ) {
      findings.push({
        ...lawSeverity(profile.cites.outcomes),
        messageKey: hasOutcome(document, item)
          ? 'check.decisionNotRecorded'
          : 'check.outcomeMissing',
        params: { law: profile.cites.outcomes.law },
        itemId: item.id,
        field: 'outcome',
      });
    }
  }
  return findings;
}

export interface CheckResult {
  profile: RulesProfile;
  findings: Finding[];
}

/** Every finding, in the order of the document: meeting, attendance, items, signatures. */
export function checkDocument(document: ProtocolDocument): CheckResult {
  const profile = profileOf(document.rules.profile);
  const findings = dedupeFindings([
    ...checkMeeting(document, profile),
    ...checkHeader(document),
    ...checkAttendance(document, profile),
    ...checkItems(document, profile),
    ...checkSignatories(document, profile),
  ]);
  return { profile, findings: dropCovered(findings) };
}

/**
 * A field the specific checks already reported (missing chair, unknown person) is not reported
 * again by the header validation.
 */
const COVERING: ReadonlySet<string> = new Set([
  'check.fieldMissing',
  'check.fieldMissingLaw',
  'check.chairMissing',
  'check.chairMissingLaw',
  'check.personUnknown',
]);
const COVERED: ReadonlySet<string> = new Set([
  'check.fieldMissing',
  'meeting.validation.required',
  'meeting.validation.personMissing',
]);

function dropCovered(findings: Finding[]): Finding[] {
  const reported = new Set<string>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.itemId ?? ''}|${f.field ?? ''}`;
    if (COVERED.has(f.messageKey) && reported.has(key)) continue;
    if (COVERING.has(f.messageKey)) reported.add(key);
    out.push(f);
  }
  return out;
}
