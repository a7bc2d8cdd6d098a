/** Messages of the Folgesitzung's date question (renderer/shell/dialogs.tsx DateDialog). */
export const de = {
  'followUp.date.title': 'Folgesitzung: Sitzungsdatum',
  'followUp.date.label': 'Datum der neuen Sitzung',
  'followUp.date.hint':
    'Vorgeschlagen: vier Wochen nach der letzten Sitzung, am selben Wochentag. Die Nummer der Niederschrift richtet sich nach dem Jahr.',
  'followUp.date.bad': 'Bitte ein Datum als TT.MM.JJJJ eingeben, z. B. {example}.',
  'followUp.date.confirm': 'Niederschrift anlegen',
} as const;

export const en: Record<keyof typeof de, string> = {
  'followUp.date.title': 'Follow-up meeting: date',
  'followUp.date.label': 'Date of the new meeting',
  'followUp.date.hint':
    'Suggested: four weeks after the last meeting, on the same weekday. The minutes number follows the year.',
  'followUp.date.bad': 'Please enter a date as DD.MM.YYYY, e.g. {example}.',
  'followUp.date.confirm': 'Create minutes',
};
