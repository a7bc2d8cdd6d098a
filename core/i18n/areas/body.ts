/**
 * Messages of the clerk's year: the body (Gremium) and its file, follow-up minutes, the roster
 * import and export, the archive search, the Beschlussbuch and the lock beside an open file.
 */
export const de = {
  'body.cli.badDate': '--date erwartet ein Datum (JJJJ-MM-TT oder TT.MM.JJJJ), nicht „{value}“.',
  'body.cli.fromAndTemplate': '--from und --template schließen sich aus: bitte nur eines angeben.',
  'body.followUp.summary':
    'Folgesitzung Nr. {number}: {people} Personen und {items} Tagesordnungspunkte übernommen.',
  'body.followUp.summaryNoNumber':
    'Folgesitzung (ohne Nummer: die vorige hat keine): {people} Personen und {items} Tagesordnungspunkte übernommen.',
  'shell.menu.followUp': 'Folgesitzung…',
  'shell.start.followUp': 'Folgesitzung',
  'shell.start.followUpHint':
    'Die nächste Niederschrift aus der letzten: Gremium, Personen, Unterzeichnende und Nummerierung werden übernommen, die Anwesenheit beginnt neu, die Tagesordnung mit den ständigen Punkten.',
  'shell.picker.followUpTitle': 'Folgesitzung: die letzte Niederschrift wählen',
} as const;

export const en: Record<keyof typeof de, string> = {
  'body.cli.badDate': '--date expects a date (YYYY-MM-DD or DD.MM.YYYY), not “{value}”.',
  'body.cli.fromAndTemplate': '--from and --template exclude each other: please give only one.',
  'body.followUp.summary':
    'Follow-up meeting no. {number}: {people} people and {items} agenda items carried over.',
  'body.followUp.summaryNoNumber':
    'Follow-up meeting (no number: the previous one has none): {people} people and {items} agenda items carried over.',
  'shell.menu.followUp': 'Follow-up meeting…',
  'shell.start.followUp': 'Follow-up meeting',
  'shell.start.followUpHint':
    'The next minutes from the last ones: body, people, signatories and numbering carry over, attendance starts afresh, the agenda with the standing items.',
  'shell.picker.followUpTitle': 'Follow-up meeting: choose the last minutes',
};
