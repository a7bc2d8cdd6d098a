import type { PersonFields } from '../model/ops/people';

/** One person read from a roster file, before it meets the document's roster. */
export interface RosterEntry {
  fields: PersonFields;
  /** The person's OParl id, when the file had one: the surest sign of the same person. */
  oparlId: string;
  /** Where it stood: "Zeile 4" of a CSV, the OParl id of a Person; for messages. */
  source: string;
  /** The chair of the body (OParl role "Vorsitzender"; CSV Funktion "Vorsitz"). */
  chair: boolean;
}

export { nameKey } from '../model/ops/people';
