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
  'meeting.people.sameName':
    '{name} steht schon in der Personenliste. Eine zweite Person gleichen Namens bitte unterscheidbar eintragen (z. B. mit Vornamen).',
  'roster.noRows': 'Die Personenliste „{file}“ enthält keine Personen.',
  'roster.tooManyRows': 'Die Personenliste „{file}“ hat mehr als {max} Zeilen.',
  'roster.badKind':
    'Zeile {line}: „{value}“ in Spalte „{column}“ ist keine Art (erwartet: Mitglied, Verwaltung oder Gast).',
  'roster.badVote':
    'Zeile {line}: „{value}“ in Spalte „{column}“ ist keine Angabe zum Stimmrecht (erwartet: ja/nein, x, 1/0).',
  'roster.oparl.noPersons': 'Die Datei „{file}“ enthält keine Personen (OParl-Person).',
  'roster.oparl.severalBodies':
    'Die Datei „{file}“ enthält Mitgliedschaften in mehreren Gremien ({bodies}); bitte die Personen eines Gremiums exportieren.',
  'roster.summary':
    '{added} Personen neu, {merged} zusammengeführt, {skipped} doppelte ausgelassen.',
  'roster.duplicate': 'Doppelt: {name} ({source}) – {reason}{changes}',
  'roster.duplicate.name': 'gleicher Name wie in der Personenliste',
  'roster.duplicate.oparlId': 'gleiche OParl-ID wie in der Personenliste',
  'roster.duplicate.inFile': 'steht in der Datei mehrfach',
  'roster.duplicate.changes': '; zusammenführen ändert: {fields}',
  'roster.mergeHint':
    'Doppelte wurden nicht übernommen. Mit --merge werden sie mit der vorhandenen Person zusammengeführt.',
  'roster.cli.badEncoding': '--encoding erwartet utf-8 oder windows-1252, nicht „{value}“.',
  'roster.cli.usage':
    'Aufruf: protokollant roster import <datei.csv|datei.json> --into <niederschrift> [--merge] | roster export <niederschrift> --out <datei.csv> [--encoding utf-8|windows-1252]',
  'meeting.roster.heading': 'Personen',
  'meeting.roster.colRole': 'Funktion',
  'meeting.roster.import': 'Personen importieren…',
  'meeting.roster.export': 'Personen exportieren…',
  'meeting.roster.importTitle': 'Personen importieren',
  'meeting.roster.plan': '{added} neue Personen aus „{file}“.',
  'meeting.roster.planDuplicates':
    '{added} neue Personen aus „{file}“. {count} stehen schon in der Liste oder doppelt in der Datei:',
  'meeting.roster.merge': 'Zusammenführen',
  'meeting.roster.skip': 'Doppelte auslassen',
  'meeting.roster.add': 'Übernehmen',
  'meeting.roster.more': '… und {count} weitere',
  'meeting.roster.done': '{added} Personen neu, {merged} zusammengeführt, {skipped} ausgelassen.',
  'meeting.roster.exported': 'Personenliste gespeichert: {file}',
  'shell.dialog.filterCsv': 'Tabelle (CSV)',
  'workspace.peopleHint': '{count} Personen: Mitglieder, Verwaltung, Gäste',
  'archive.cli.noQuery': 'Bitte nach dem Ordner angeben, wonach gesucht wird.',
  'archive.skipped': '{file} übersprungen: {reason}',
  'archive.noHits': 'Nichts gefunden für „{query}“ ({files} Niederschriften durchsucht).',
  'archive.noResolutions': 'Keine Beschlüsse gefunden ({files} Niederschriften gelesen).',
  'archive.cli.noOutput': 'Bitte mindestens ein Ausgabeformat angeben: --csv, --docx oder --pdf.',
  'archive.book.title': 'Beschlussbuch',
  'archive.book.summary': '{count} Beschlüsse aus {files} Niederschriften.',
  'archive.book.nonPublicLeftOut':
    '{count} nichtöffentliche Beschlüsse nicht aufgenommen (--include-nonpublic nimmt sie auf).',
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
  'meeting.people.sameName':
    '{name} is already on the list of people. Please enter a second person of the same name distinguishably (e.g. with the given name).',
  'roster.noRows': 'The list of people “{file}” holds nobody.',
  'roster.tooManyRows': 'The list of people “{file}” has more than {max} rows.',
  'roster.badKind':
    'Line {line}: “{value}” in column “{column}” is not a kind (expected: Mitglied, Verwaltung or Gast).',
  'roster.badVote':
    'Line {line}: “{value}” in column “{column}” is no voting right (expected: yes/no, x, 1/0).',
  'roster.oparl.noPersons': 'The file “{file}” holds no people (OParl Person).',
  'roster.oparl.severalBodies':
    'The file “{file}” holds memberships of several bodies ({bodies}); please export the people of one body.',
  'roster.summary': '{added} people added, {merged} merged, {skipped} duplicates left out.',
  'roster.duplicate': 'Duplicate: {name} ({source}) – {reason}{changes}',
  'roster.duplicate.name': 'same name as on the list of people',
  'roster.duplicate.oparlId': 'same OParl id as on the list of people',
  'roster.duplicate.inFile': 'stands in the file more than once',
  'roster.duplicate.changes': '; merging changes: {fields}',
  'roster.mergeHint':
    'Duplicates were not taken over. With --merge they are merged into the person already there.',
  'roster.cli.badEncoding': '--encoding expects utf-8 or windows-1252, not “{value}”.',
  'roster.cli.usage':
    'Usage: protokollant roster import <file.csv|file.json> --into <minutes> [--merge] | roster export <minutes> --out <file.csv> [--encoding utf-8|windows-1252]',
  'meeting.roster.heading': 'People',
  'meeting.roster.colRole': 'Role',
  'meeting.roster.import': 'Import people…',
  'meeting.roster.export': 'Export people…',
  'meeting.roster.importTitle': 'Import people',
  'meeting.roster.plan': '{added} new people from “{file}”.',
  'meeting.roster.planDuplicates':
    '{added} new people from “{file}”. {count} are on the list already or twice in the file:',
  'meeting.roster.merge': 'Merge',
  'meeting.roster.skip': 'Leave duplicates out',
  'meeting.roster.add': 'Take over',
  'meeting.roster.more': '… and {count} more',
  'meeting.roster.done': '{added} people added, {merged} merged, {skipped} left out.',
  'meeting.roster.exported': 'List of people saved: {file}',
  'shell.dialog.filterCsv': 'Table (CSV)',
  'workspace.peopleHint': '{count} people: members, administration, guests',
  'archive.cli.noQuery': 'Please give what to search for after the folder.',
  'archive.skipped': '{file} skipped: {reason}',
  'archive.noHits': 'Nothing found for “{query}” ({files} minutes searched).',
  'archive.noResolutions': 'No resolutions found ({files} minutes read).',
  'archive.cli.noOutput': 'Please give at least one output format: --csv, --docx or --pdf.',
  'archive.book.title': 'Register of resolutions',
  'archive.book.summary': '{count} resolutions from {files} minutes.',
  'archive.book.nonPublicLeftOut':
    '{count} non-public resolutions left out (--include-nonpublic takes them in).',
};
