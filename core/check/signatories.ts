import { findPerson } from '../model/fields';
import { slotPersonId } from '../review/eligibility';
import type { ProtocolDocument } from '../model/schema';
import type { RulesProfile } from '../rules/profiles';
import { formalName } from '../style/names';
import { agendaOrder, attendanceKnown, presentAt } from '../votes/arithmetic';
import type { Lang } from '../i18n/catalog';
import { t } from '../i18n/catalog';
import { lawSeverity, type Finding } from './finding';

/**
 * Who signs, against what the profile asks: BW and Saxony want the chair, two members who took
 * part and the Schriftführer, most states the chair and the Schriftführer. Where the law leaves
 * it to the Geschäftsordnung (Niedersachsen, § 68 S. 4 NKomVG), the body's own signature slots
 * (rules.signatories, from its template) are what is checked. Each finding names the paragraph.
 */

function tookPart(document: ProtocolDocument, personId: string): boolean {
  const entry = document.attendance.find((a) => a.personId === personId);
  const order = agendaOrder(document);
  return document.items.some((_, index) => presentAt(entry, index, order));
}

export function checkSignatories(document: ProtocolDocument, profile: RulesProfile): Finding[] {
  const findings: Finding[] = [];
  const at = { field: 'signatories' as const };
  const slots = document.rules.signatories;

  for (const slot of slots) {
    if (slot.personId && !findPerson(document, slot.personId)) {
      findings.push({
        severity: 'error',
        messageKey: 'check.personUnknown',
        params: { id: slot.personId },
        ...at,
      });
    }
  }

  // A member place designated at signing time names its person in the signature: it is filled.
  const people = slots.map((slot, index) => ({ ...slot, personId: slotPersonId(document, index) }));
  for (const requirement of profile.signatories) {
    const filled = people.filter(
      (s) => requirement.roles.includes(s.role) && findPerson(document, s.personId) !== undefined,
    );
    const missing = requirement.count - filled.length;
    const role = requirement.roles[0]!;
    const law = requirement.law;
    if (missing === 1) {
      findings.push({
        ...lawSeverity(requirement),
        messageKey: 'check.signatoryMissing',
        params: { role: (lang: Lang) => t(lang, `check.role.${role}`), law },
        ...at,
      });
    } else if (missing > 1) {
      findings.push({
        ...lawSeverity(requirement),
        messageKey: 'check.signatoriesMissing',
        params: {
          count: missing,
          // "who took part" only where the law says so (BW, Saxony), not in Saarland's § 47 KSVG.
          roles: (lang: Lang) =>
            t(
              lang,
              role === 'member' && !requirement.attended
                ? 'check.roles.memberAny'
                : `check.roles.${role}`,
            ),
          law,
        },
        ...at,
      });
    }
    for (const slot of filled) {
      const person = findPerson(document, slot.personId)!;
      const name = formalName(person);
      if (requirement.member && person.kind !== 'member') {
        findings.push({
          ...lawSeverity(requirement),
          messageKey: 'check.signatoryNotMember',
          params: { name, law: requirement.law },
          ...at,
          personId: person.id,
        });
      } else if (
        requirement.attended &&
        attendanceKnown(document) &&
        !tookPart(document, person.id)
      ) {
        findings.push({
          ...lawSeverity(requirement),
          messageKey: 'check.signatoryNotAttended',
          params: { name, law: requirement.law },
          ...at,
          personId: person.id,
        });
      }
    }
  }
  if (profile.signatoriesSetBy === 'geschaeftsordnung') {
    slots.forEach((slot) => {
      if (slot.personId) return;
      findings.push({
        ...lawSeverity({ verified: profile.signatoriesVerified }),
        messageKey: 'check.signatorySlotEmpty',
        params: { label: slot.label, law: profile.signatoriesLaw },
        ...at,
      });
    });
  }
  return findings;
}
