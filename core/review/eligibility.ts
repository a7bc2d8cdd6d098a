import type { MessageKey, MessageParams } from '../i18n/catalog';
import type { Person, ProtocolDocument } from '../model/schema';
import { profileOf } from '../rules/profiles';
import { formalName } from '../style/names';
import { agendaOrder, attendanceKnown, presentAt } from '../votes/arithmetic';

/**
 * Who may sign which place. The same rules hold when the host signs (it refuses) and when a
 * file is verified (it reports): the chair and the clerk of this meeting, members of the body
 * who took part, nobody absent for the whole meeting, nobody outside the roster, nobody twice.
 */

export interface EligibilityProblem {
  key: MessageKey;
  params: MessageParams;
}

/** Took part in at least one item (a person without an attendance entry counts as present). */
export function tookPart(document: ProtocolDocument, personId: string): boolean {
  const entry = document.attendance.find((a) => a.personId === personId);
  const order = agendaOrder(document);
  if (document.items.length === 0) return entry ? entry.status === 'present' : true;
  return document.items.some((_, index) => presentAt(entry, index, order));
}

/** The person a place is for: the one the rules name, else who signed it. */
export function slotPersonId(document: ProtocolDocument, slot: number): string {
  const named = document.rules.signatories[slot]?.personId ?? '';
  if (named) return named;
  return document.signatures.find((s) => s.slot === slot)?.personId ?? '';
}

/** Why `personId` may not sign place `slot` of this document (empty: eligible). */
export function signerProblems(
  document: ProtocolDocument,
  slot: number,
  personId: string,
): EligibilityProblem[] {
  const place = document.rules.signatories[slot];
  const label = place?.label ?? String(slot + 1);
  if (!place) return [{ key: 'signature.eligibility.noSlot', params: { slot: slot + 1 } }];
  if (personId === '') return [{ key: 'signature.eligibility.noPerson', params: { label } }];
  const person = document.people.find((p) => p.id === personId);
  if (!person) return [{ key: 'signature.eligibility.notInRoster', params: { label } }];
  const name = formalName(person);
  const problems: EligibilityProblem[] = [];
  if (place.personId && place.personId !== personId) {
    problems.push({ key: 'signature.eligibility.otherPerson', params: { name, label } });
  }
  if (place.role === 'chair' && document.meeting.chairId && document.meeting.chairId !== personId) {
    problems.push({ key: 'signature.eligibility.notChair', params: { name, label } });
  }
  if (place.role === 'clerk' && document.meeting.clerkId && document.meeting.clerkId !== personId) {
    problems.push({ key: 'signature.eligibility.notClerk', params: { name, label } });
  }
  if (place.role === 'member') {
    if (person.kind !== 'member') {
      problems.push({ key: 'signature.eligibility.notMember', params: { name, label } });
    } else if (attendanceKnown(document) && !tookPart(document, personId)) {
      problems.push({ key: 'signature.eligibility.absent', params: { name, label } });
    }
  }
  const elsewhere = document.rules.signatories.some(
    (_, other) => other !== slot && slotPersonId(document, other) === personId,
  );
  if (elsewhere) problems.push({ key: 'signature.eligibility.twice', params: { name, label } });
  return problems;
}

/** The people offered for a place: those who pass every rule above. */
export function eligiblePeople(document: ProtocolDocument, slot: number): Person[] {
  return document.people.filter((p) => signerProblems(document, slot, p.id).length === 0);
}

/**
 * Who the clerk may designate for a place before signing (the meeting view): those who pass
 * every rule when the place itself names nobody yet, so a designation can be changed.
 */
export function designationCandidates(document: ProtocolDocument, slot: number): Person[] {
  const open: ProtocolDocument = {
    ...document,
    rules: {
      ...document.rules,
      signatories: document.rules.signatories.map((s, i) =>
        i === slot ? { ...s, personId: '' } : s,
      ),
    },
  };
  return eligiblePeople(open, slot);
}

/**
 * The places the rules list against what the state profile asks (BW: chair, two members,
 * clerk): places cut from the rules are reported, so a file cannot make itself signable by fewer
 * people than the law requires.
 */
export function missingPlaces(document: ProtocolDocument): EligibilityProblem[] {
  // A file may name a profile this version does not know: then there is no law to count by.
  const profile = profileOf(document.rules.profile) as ReturnType<typeof profileOf> | undefined;
  if (!profile) return [];
  const problems: EligibilityProblem[] = [];
  for (const requirement of profile.signatories) {
    const have = document.rules.signatories.filter((s) =>
      requirement.roles.includes(s.role),
    ).length;
    if (have < requirement.count) {
      problems.push({
        key: 'signature.eligibility.rulesShort',
        params: { law: profile.law, have, need: requirement.count, role: requirement.roles[0]! },
      });
    }
  }
  return problems;
}
