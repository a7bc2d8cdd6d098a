/** Messages of the import of agendas and rosters (OParl, CSV) and of snippet files. */
export const de = {
  'import.unknownKind':
    'Die Datei „{file}“ kann nicht importiert werden: erwartet wird eine OParl-Datei (.json) oder eine Tabelle (.csv).',
  'import.empty': 'Die Datei „{file}“ ist leer.',
  'import.notText':
    'Die Datei „{file}“ ist keine Textdatei (vermutlich eine Excel- oder ZIP-Datei).',
  'import.csv.unclosedQuote':
    'Zeile {line}: ein Anführungszeichen wird bis zum Ende der Datei nicht geschlossen.',
  'import.csv.missingColumn': 'Die Spalte „{column}“ fehlt (gefundene Spalten: {found}).',
  'import.csv.duplicateColumn': 'Die Spalte „{column}“ kommt mehrfach vor.',
  'import.csv.emptyCell': 'Zeile {line}: Spalte „{column}“ ist leer.',
  'import.csv.badPublic':
    'Zeile {line}: „{value}“ in Spalte „{column}“ ist keine Angabe zur Öffentlichkeit (erwartet: ja/nein, x, 1/0, öffentlich/nichtöffentlich).',
  'import.csv.duplicateNumber': 'Zeile {line}: TOP {number} steht schon in Zeile {first}.',
  'import.csv.tooLong': 'Zeile {line}: Spalte „{column}“ ist zu lang (höchstens {max} Zeichen).',
  'import.csv.noRows': 'Die Tabelle „{file}“ enthält keine Tagesordnungspunkte.',
  'import.csv.tooManyRows': 'Die Tabelle „{file}“ hat mehr als {max} Tagesordnungspunkte.',
  'import.oparl.notJson': 'Die Datei „{file}“ ist kein gültiges JSON: {detail}.',
  'import.oparl.noObjects':
    'Die Datei „{file}“ enthält keine OParl-Objekte (erwartet: eine Sitzung, eine Liste mit „data“ oder ein Array von Objekten).',
  'import.oparl.notObject': 'Eintrag {index} ist kein OParl-Objekt.',
  'import.oparl.noId': 'Ein {type} (Eintrag {index}) hat keine „id“.',
  'import.oparl.noType': 'Objekt {id} hat keinen OParl-Typ („type“).',
  'import.oparl.idConflict': 'Die id {id} steht sowohl für ein {type} als auch für ein {other}.',
  'import.oparl.noMeeting': 'Die Datei „{file}“ enthält keine Sitzung (Meeting).',
  'import.oparl.severalMeetings':
    'Die Datei „{file}“ enthält {count} Sitzungen ({ids}); bitte eine Datei mit einer Sitzung importieren.',
  'import.oparl.notFound': '{type} {id}: {refType} {ref} nicht gefunden.',
  'import.oparl.skipped':
    '{type} {id}: {refType} {ref} steht nicht in der Datei und wurde übersprungen ({field}).',
  'import.oparl.noBody':
    'Das Gremium der Sitzung {id} steht nicht in der Datei; es ist aus dem Namen der Sitzung genommen oder das der Vorlage. Bitte prüfen.',
  'import.warning': 'Hinweis: {message}',
  'import.oparl.wrongType': '{type} {id}: {field} verweist auf {ref}, das ist aber ein {actual}.',
  'import.oparl.badField': '{type} {id}: das Feld „{field}“ ist ungültig (erwartet: {expected}).',
  'import.oparl.noItems': 'Die Sitzung {id} hat keine Tagesordnungspunkte.',
  'import.oparl.noName': '{type} {id} hat keinen Namen.',
  'import.tooManyItems': 'Die Datei „{file}“ hat mehr als {max} Tagesordnungspunkte.',
  'import.summary': '{items} Tagesordnungspunkte, {people} Personen übernommen.',
  'import.snippets.notJson': 'Die Textbaustein-Datei „{file}“ ist kein gültiges JSON: {detail}.',
  'import.snippets.noFormat':
    'Die Datei „{file}“ ist keine Textbaustein-Datei von Protokollant (es fehlt die Formatkennung).',
  'import.snippets.foreign':
    'Die Datei „{file}“ ist keine Textbaustein-Datei von Protokollant (das Format „{format}“ ist unbekannt).',
  'import.snippets.newer':
    'Die Textbaustein-Datei „{file}“ stammt aus einer neueren Version von Protokollant (Formatversion {version}, diese Version kennt bis {supported}).',
  'import.snippets.badVersion':
    'Die Textbaustein-Datei „{file}“ hat eine ungültige Formatversion ({version}).',
  'import.snippets.invalid':
    'Die Textbaustein-Datei „{file}“ ist fehlerhaft: Eintrag {index}: {detail}',
  'import.snippets.notList': 'Die Textbaustein-Datei „{file}“ enthält keine Liste „snippets“.',
  'import.snippets.tooMany':
    'Die Textbaustein-Datei „{file}“ enthält mehr als {max} Textbausteine.',
} as const;

export const en: Record<keyof typeof de, string> = {
  'import.unknownKind':
    'The file “{file}” cannot be imported: an OParl file (.json) or a table (.csv) is expected.',
  'import.empty': 'The file “{file}” is empty.',
  'import.notText': 'The file “{file}” is not a text file (probably an Excel or ZIP file).',
  'import.csv.unclosedQuote':
    'Line {line}: a quotation mark is not closed before the end of the file.',
  'import.csv.missingColumn': 'The column “{column}” is missing (columns found: {found}).',
  'import.csv.duplicateColumn': 'The column “{column}” occurs more than once.',
  'import.csv.emptyCell': 'Line {line}: column “{column}” is empty.',
  'import.csv.badPublic':
    'Line {line}: “{value}” in column “{column}” does not say whether the item is public (expected: ja/nein, x, 1/0, öffentlich/nichtöffentlich).',
  'import.csv.duplicateNumber': 'Line {line}: item {number} is already in line {first}.',
  'import.csv.tooLong': 'Line {line}: column “{column}” is too long (at most {max} characters).',
  'import.csv.noRows': 'The table “{file}” contains no agenda items.',
  'import.csv.tooManyRows': 'The table “{file}” has more than {max} agenda items.',
  'import.oparl.notJson': 'The file “{file}” is not valid JSON: {detail}.',
  'import.oparl.noObjects':
    'The file “{file}” contains no OParl objects (expected: a meeting, a list with “data” or an array of objects).',
  'import.oparl.notObject': 'Entry {index} is not an OParl object.',
  'import.oparl.noId': 'A {type} (entry {index}) has no “id”.',
  'import.oparl.noType': 'Object {id} has no OParl type (“type”).',
  'import.oparl.idConflict': 'The id {id} stands for both a {type} and a {other}.',
  'import.oparl.noMeeting': 'The file “{file}” contains no meeting (Meeting).',
  'import.oparl.severalMeetings':
    'The file “{file}” contains {count} meetings ({ids}); please import a file with one meeting.',
  'import.oparl.notFound': '{type} {id}: {refType} {ref} not found.',
  'import.oparl.skipped':
    '{type} {id}: {refType} {ref} is not in the file and was skipped ({field}).',
  'import.oparl.noBody':
    'The body of meeting {id} is not in the file; it was taken from the meeting’s name or is the template’s. Please check.',
  'import.warning': 'Note: {message}',
  'import.oparl.wrongType': '{type} {id}: {field} refers to {ref}, but that is a {actual}.',
  'import.oparl.badField': '{type} {id}: the field “{field}” is invalid (expected: {expected}).',
  'import.oparl.noItems': 'The meeting {id} has no agenda items.',
  'import.oparl.noName': '{type} {id} has no name.',
  'import.tooManyItems': 'The file “{file}” has more than {max} agenda items.',
  'import.summary': 'Took over {items} agenda items and {people} people.',
  'import.snippets.notJson': 'The snippet file “{file}” is not valid JSON: {detail}.',
  'import.snippets.noFormat':
    'The file “{file}” is not a Protokollant snippet file (the format id is missing).',
  'import.snippets.foreign':
    'The file “{file}” is not a Protokollant snippet file (unknown format “{format}”).',
  'import.snippets.newer':
    'The snippet file “{file}” comes from a newer version of Protokollant (format version {version}; this version reads up to {supported}).',
  'import.snippets.badVersion':
    'The snippet file “{file}” has an invalid format version ({version}).',
  'import.snippets.invalid': 'The snippet file “{file}” is invalid: entry {index}: {detail}',
  'import.snippets.notList': 'The snippet file “{file}” contains no list “snippets”.',
  'import.snippets.tooMany': 'The snippet file “{file}” contains more than {max} snippets.',
};
