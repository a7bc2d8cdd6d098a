import { validateDocument } from '../file/format';
import type { MessageKey, MessageParams } from '../i18n/catalog';
import { genitiveName } from './body-name';
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
  fileRef?: string;
  minutesNumber?: string;
  treatment?: string;
  oparlId?: string;
}

/** Something the import left out and the user should hear of: "Consultation … übersprungen". */
export interface ImportWarning {
  code: MessageKey;
  params: MessageParams;
}

export interface ImportedAgenda {
  body?: Partial<Body> & { name: string; oparlId?: string };
  meeting?: {
    date?: string;
    start?: string;
    end?: string;
    place?: string;
    chairId?: string;
    clerkId?: string;
    minutesNumber?: string;
    quorate?: boolean | null;
    convenedProperly?: boolean | null;
    oparlId?: string;
  };
  items: ImportedItem[];
  people: (Person & { oparlId?: string })[];
  attendance: Attendance[];
  /** What was skipped (references to objects not in the file); empty when nothing was. */
  warnings?: ImportWarning[];
}

/**
 * A template written for one body ("… Sitzung des Gemeinderats", "Mitglied des Gemeinderats")
 * used for another: the title and the signatories' labels name the imported body instead, so a
 * Finanzausschuss does not sign as members of the Gemeinderat.
 */
function renameBody(document: ProtocolDocument, templateName: string): void {
  const from = genitiveName(templateName.split(/\s+/)[0] ?? '');
  const to = genitiveName(document.body.name);
  const sameHead = templateName.split(/\s+/)[0] === document.body.name.split(/\s+/)[0];
  if (!from || !to || sameHead) return;
  const swap = (text: string) => text.split(from).join(to);
  document.layout.title = swap(document.layout.title);
  document.rules.signatories = document.rules.signatories.map((s) => ({
    ...s,
    label: swap(s.label),
  }));
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
      ...(imported.fileRef ? { fileRef: imported.fileRef } : {}),
      ...(imported.minutesNumber ? { minutesNumber: imported.minutesNumber } : {}),
      ...(imported.treatment ? { treatment: imported.treatment } : {}),
      ...(imported.oparlId ? { oparlId: imported.oparlId } : {}),
    };
  });
  if (agenda.body) {
    const { oparlId, ...body } = agenda.body;
    const templateName = document.body.name;
    document.body = { ...document.body, ...body, ...(oparlId ? { oparlId } : {}) };
    renameBody(document, templateName);
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
