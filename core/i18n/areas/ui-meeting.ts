/** Messages of the app (ui-meeting). Keys start with "meeting.". */
export const de = {
  // Refused edits
  'meeting.ops.unknownItem': 'Diesen Tagesordnungspunkt gibt es nicht (mehr).',
  'meeting.ops.emptyNumber': 'Ein TOP braucht eine Nummer.',
  'meeting.ops.lastItem':
    'Der einzige TOP einer Niederschrift je Tagesordnungspunkt kann nicht gelöscht werden.',
  'meeting.people.unknown': 'Diese Person steht nicht (mehr) in der Personenliste.',
  'meeting.people.familyNameRequired': 'Bitte einen Familiennamen eingeben.',
  'meeting.people.duplicateId': 'Diese Person ist bereits in der Personenliste.',
  'meeting.people.referenced': '{name} kann nicht entfernt werden: {references}.',
  'meeting.attendance.reasonWhilePresent': 'Ein Grund wird nur bei Abwesenheit angegeben.',
  'meeting.attendance.timesWhileAbsent':
    'Kommen und Gehen lassen sich nur bei Anwesenden eintragen.',
  'meeting.attendance.arrivalAfterDeparture':
    'Die Ankunft (ab TOP {arrived}) liegt nach dem Gehen (nach TOP {left}).',
  // Field validation
  'meeting.validation.required': '{label} ist ein Pflichtfeld.',
  'meeting.validation.date':
    '„{input}“ ist kein gültiges Datum. Bitte als TT.MM.JJJJ eingeben, z. B. 27.06.2018.',
  'meeting.validation.time':
    '„{input}“ ist keine gültige Uhrzeit. Bitte als HH:MM eingeben, z. B. 18:30.',
  'meeting.validation.endBeforeStart':
    'Das Ende ({end} Uhr) liegt nicht nach dem Beginn ({start} Uhr).',
  'meeting.validation.format': '„{input}“ entspricht nicht dem Format: {hint}.',
  'meeting.validation.formatNoHint': '„{input}“ hat nicht das erwartete Format.',
  'meeting.validation.paperRef':
    '„{input}“ ist keine Drucksachennummer: Nummer/Jahr, z. B. 288/2018.',
  'meeting.validation.personMissing': 'Die gewählte Person steht nicht in der Personenliste.',
  'meeting.validation.sessionKind': 'Sitzungsart: öffentlich oder nichtöffentlich.',
} as const;

export const en: Record<keyof typeof de, string> = {
  'meeting.ops.unknownItem': 'This agenda item does not exist (any more).',
  'meeting.ops.emptyNumber': 'An agenda item needs a number.',
  'meeting.ops.lastItem': 'The only item of per-item minutes cannot be deleted.',
  'meeting.people.unknown': 'This person is not (or no longer) on the list of people.',
  'meeting.people.familyNameRequired': 'Please enter a family name.',
  'meeting.people.duplicateId': 'This person is already on the list of people.',
  'meeting.people.referenced': '{name} cannot be removed: {references}.',
  'meeting.attendance.reasonWhilePresent': 'A reason is only given for an absence.',
  'meeting.attendance.timesWhileAbsent': 'Arrival and departure apply only to people present.',
  'meeting.attendance.arrivalAfterDeparture':
    'The arrival (from item {arrived}) is after the departure (after item {left}).',
  'meeting.validation.required': '{label} is required.',
  'meeting.validation.date':
    '“{input}” is not a valid date. Please enter DD.MM.YYYY, e.g. 27.06.2018.',
  'meeting.validation.time': '“{input}” is not a valid time. Please enter HH:MM, e.g. 18:30.',
  'meeting.validation.endBeforeStart': 'The end ({end}) is not after the start ({start}).',
  'meeting.validation.format': '“{input}” does not match the format: {hint}.',
  'meeting.validation.formatNoHint': '“{input}” does not have the expected format.',
  'meeting.validation.paperRef': '“{input}” is not a paper reference: number/year, e.g. 288/2018.',
  'meeting.validation.personMissing': 'The chosen person is not on the list of people.',
  'meeting.validation.sessionKind': 'Session: public or non-public.',
};
