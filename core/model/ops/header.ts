import {
  headerFieldValue,
  isIsoDate,
  isItemField,
  isTime,
  SESSION_NON_PUBLIC,
  SESSION_PUBLIC,
} from '../fields';
import type { HeaderFieldKey } from '../layout';
import type { ProtocolDocument, SignatoryRole } from '../schema';
import { itemIndex, renameItem, setItemPublic } from './items';
import { refuse, type OpResult } from './result';

export { headerFieldValue, SESSION_NON_PUBLIC, SESSION_PUBLIC };

/**
 * Reading and writing header fields by their key, in model terms: dates ISO ("2018-06-27"),
 * times "HH:MM", person fields a person id, the session kind "public" / "nonpublic". The
 * form turns what the user types into these values; this module only accepts valid ones.
 */

// Value checks of header fields live with the fields (model/fields.ts), below the operations.
export { isIsoDate, isItemField, isTime } from '../fields';

/**
 * A new chair or clerk also signs as such, unless a different signatory was chosen on purpose:
 * signature slots of that role that were empty or held the previous person follow the header.
 */
function followSignatories(
  document: ProtocolDocument,
  role: SignatoryRole,
  previous: string,
  next: string,
): ProtocolDocument['rules'] {
  let changed = false;
  const signatories = document.rules.signatories.map((s) => {
    if (s.role !== role || (s.personId !== '' && s.personId !== previous)) return s;
    if (s.personId === next) return s;
    changed = true;
    return { ...s, personId: next };
  });
  return changed ? { ...document.rules, signatories } : document.rules;
}

type ItemTextKey = 'minutesNumber' | 'treatment' | 'paperRef' | 'fileRef' | 'rapporteur';

function setItemText(
  document: ProtocolDocument,
  itemId: string,
  field: ItemTextKey,
  value: string,
): OpResult {
  const index = itemIndex(document, itemId);
  if (index < 0) return refuse('meeting.ops.unknownItem');
  if (document.items[index]![field] === value) return { ok: true, document };
  const items = [...document.items];
  items[index] = { ...items[index]!, [field]: value };
  return { ok: true, document: { ...document, items } };
}

/**
 * Sets a header field. Refuses values the model cannot hold (a date that is not a real ISO
 * date, a time that is not HH:MM, an unknown person, an item field without an item); house
 * formats such as "Nummer/Jahr" are the validation's business, not a reason to refuse.
 */
export function setHeaderField(
  document: ProtocolDocument,
  key: HeaderFieldKey,
  value: string,
  itemId?: string,
): OpResult {
  if (isItemField(key)) {
    if (!itemId || itemIndex(document, itemId) < 0) return refuse('meeting.ops.unknownItem');
  }
  const meeting = (patch: Partial<ProtocolDocument['meeting']>): OpResult => ({
    ok: true,
    document: { ...document, meeting: { ...document.meeting, ...patch } },
  });
  const person = (role: SignatoryRole, current: string): OpResult | null => {
    if (value !== '' && !document.people.some((p) => p.id === value)) {
      return refuse('meeting.validation.personMissing');
    }
    if (value === current) return { ok: true, document };
    return null;
  };
  switch (key) {
    case 'body.name':
      return { ok: true, document: { ...document, body: { ...document.body, name: value } } };
    case 'meeting.minutesNumber':
      return meeting({ minutesNumber: value });
    case 'meeting.place':
      return meeting({ place: value });
    case 'meeting.date':
      if (value !== '' && !isIsoDate(value))
        return refuse('meeting.validation.date', { input: value });
      return meeting({ date: value });
    case 'meeting.start':
    case 'meeting.end':
      if (value !== '' && !isTime(value))
        return refuse('meeting.validation.time', { input: value });
      return meeting(key === 'meeting.start' ? { start: value } : { end: value });
    case 'meeting.chair': {
      const early = person('chair', document.meeting.chairId);
      if (early) return early;
      return {
        ok: true,
        document: {
          ...document,
          meeting: { ...document.meeting, chairId: value },
          rules: followSignatories(document, 'chair', document.meeting.chairId, value),
        },
      };
    }
    case 'meeting.clerk': {
      const early = person('clerk', document.meeting.clerkId);
      if (early) return early;
      return {
        ok: true,
        document: {
          ...document,
          meeting: { ...document.meeting, clerkId: value },
          rules: followSignatories(document, 'clerk', document.meeting.clerkId, value),
        },
      };
    }
    case 'item.number':
      return renameItem(document, itemId!, { number: value });
    case 'item.title':
      return renameItem(document, itemId!, { title: value });
    case 'item.sessionKind':
      if (value !== SESSION_PUBLIC && value !== SESSION_NON_PUBLIC) {
        return refuse('meeting.validation.sessionKind');
      }
      return { ok: true, document: setItemPublic(document, itemId!, value === SESSION_PUBLIC) };
    case 'item.minutesNumber':
      return setItemText(document, itemId!, 'minutesNumber', value);
    case 'item.treatment':
      return setItemText(document, itemId!, 'treatment', value);
    case 'item.paperRef':
      return setItemText(document, itemId!, 'paperRef', value);
    case 'item.fileRef':
      return setItemText(document, itemId!, 'fileRef', value);
    case 'item.rapporteur':
      return setItemText(document, itemId!, 'rapporteur', value);
  }
}
