import { findPerson } from '../model/fields';
import type { ProtocolDocument } from '../model/schema';
import type { RulesProfile } from '../rules/profiles';
import { formalName } from '../style/names';
import { agendaOrder, attendanceKnown, presentAt } from '../votes/arithmetic';
import type { Lang } from '../i18n/catalog';
import { t } from '../i18n/catalog';
import type { Finding } from './finding';

/**
 * Who signs, against what the profile asks: BW wants the chair, two members who took part and
 * the Schriftführer (§ 38 Abs. 2 GemO), NRW and Bavaria the chair and the Schriftführer.
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

  for (const requirement of profile.signatories) {
    const filled = slots.filter(
      (s) => requirement.roles.includes(s.role) && findPerson(document, s.personId) !== undefined,
    );
    const missing = requirement.count - filled.length;
    const role = requirement.roles[0]!;
    if (missing === 1) {
      findings.push({
        severity: 'error',
        messageKey: 'check.signatoryMissing',
        params: { role: (lang: Lang) => t(lang, `check.role.${role}`), law: profile.law },
        ...at,
      });
    } else if (missing > 1) {
      findings.push({
        severity: 'error',
        messageKey: 'check.signatoriesMissing',
        params: {
          count: missing,
          roles: (lang: Lang) => t(lang, `check.roles.${role}`),
          law: profile.law,
        },
        ...at,
      });
    }
    for (const slot of filled) {
      const person = findPerson(document, slot.personId)!;
      const name = formalName(person);
      if (requirement.member && person.kind !== 'member') {
        findings.push({
          severity: 'error',
          messageKey: 'check.signatoryNotMember',
          params: { name, law: profile.law },
          ...at,
          personId: person.id,
        });
      } else if (
        requirement.attended &&
        attendanceKnown(document) &&
        !tookPart(document, person.id)
      ) {
        findings.push({
          severity: 'error',
          messageKey: 'check.signatoryNotAttended',
          params: { name, law: profile.law },
          ...at,
          personId: person.id,
        });
      }
    }
  }
  return findings;
}
