import { validateDocument } from '../file/format';
import type { Attendance, Body, Person, ProtocolDocument } from '../model/schema';
import { newItem, instantiateTemplate } from '../templates/instantiate';
import type { Template } from '../templates/schema';

/**
 * What an import yields, whatever the source (OParl, CSV): the agenda and, when the source
 * knows them, the body, the meeting's date, time and place, the roster and the attendance.
 * `oparlId` keeps the source's ids, so an OParl export of the minutes refers to the same objects.
 */
export interface ImportedItem {
  number: string;
  title: string;
  public: boolean;
  paperRef: string;
  rapporteur?: string;
  oparlId?: string;
}

export interface ImportedAgenda {
  body?: Partial<Body> & { name: string; oparlId?: string };
  meeting?: {
    date?: string;
    start?: string;
    end?: string;
    place?: string;
    chairId?: string;
    oparlId?: string;
  };
  items: ImportedItem[];
  people: (Person & { oparlId?: string })[];
  attendance: Attendance[];
}

/** The most agenda items a document holds (the schema's limit). */
export const MAX_IMPORTED_ITEMS = 2_000;

/**
 * A new Niederschrift from a template, filled with the imported agenda; validated with the
 * core schema, so an import never yields a file the app would refuse to open.
 */
export function documentFromAgenda(
  agenda: ImportedAgenda,
  template: Template,
  file: string,
): ProtocolDocument {
  const document = instantiateTemplate(template);
  document.items = agenda.items.map((imported, index) => {
    const item = newItem(template, {
      number: imported.number,
      title: imported.title,
      public: imported.public,
    });
    return {
      ...item,
      id: `top-${index + 1}`,
      paperRef: imported.paperRef,
      rapporteur: imported.rapporteur ?? '',
      ...(imported.oparlId ? { oparlId: imported.oparlId } : {}),
    };
  });
  if (agenda.body) {
    const { oparlId, ...body } = agenda.body;
    document.body = { ...document.body, ...body, ...(oparlId ? { oparlId } : {}) };
  }
  if (agenda.meeting) {
    const { oparlId, ...meeting } = agenda.meeting;
    document.meeting = { ...document.meeting, ...meeting, ...(oparlId ? { oparlId } : {}) };
  }
  // The chair the source names also signs as chair.
  const chairId = agenda.meeting?.chairId;
  if (chairId) {
    document.rules.signatories = document.rules.signatories.map((s) =>
      s.role === 'chair' && !s.personId ? { ...s, personId: chairId } : s,
    );
  }
  document.people = agenda.people.map((p) => ({ ...p }));
  document.attendance = agenda.attendance.map((a) => ({ ...a }));
  return validateDocument(document, file);
}
