/** Messages about reading and writing .protokoll files. */
export const de = {
  'file.empty': 'Die Datei „{file}“ ist leer.',
  'file.tooLarge':
    'Die Datei „{file}“ ist zu groß ({size} MB); Protokollant öffnet Dateien bis {max} MB.',
  'file.notUtf8':
    'Die Datei „{file}“ ist keine UTF-8-Textdatei und damit keine Protokollant-Datei.',
  'file.utf16':
    'Die Datei „{file}“ ist in UTF-16 gespeichert; Protokollant-Dateien sind UTF-8. Wurde sie mit einem anderen Programm umgespeichert?',
  'file.zip':
    'Die Datei „{file}“ ist ein ZIP- oder Office-Dokument (z. B. DOCX), keine Protokollant-Datei.',
  'file.pdf': 'Die Datei „{file}“ ist ein PDF, keine Protokollant-Datei.',
  'file.notJson': 'Die Datei „{file}“ ist beschädigt oder keine Protokollant-Datei: {detail}.',
  'file.tooDeep': 'Die Datei „{file}“ ist zu tief verschachtelt, um ein Protokoll zu sein.',
  'file.duplicateKey':
    'Die Datei „{file}“ enthält den Schlüssel „{key}“ doppelt ({path}); sie wurde vermutlich von Hand bearbeitet und wird nicht geöffnet.',
  'file.foreign':
    'Die Datei „{file}“ ist keine Protokollant-Datei (das Format „{format}“ ist unbekannt).',
  'file.noFormat': 'Die Datei „{file}“ ist keine Protokollant-Datei (es fehlt die Formatkennung).',
  'file.newer':
    'Die Datei „{file}“ wurde mit einer neueren Version von Protokollant gespeichert (Formatversion {version}, diese Version kennt bis {supported}). Bitte aktualisieren Sie Protokollant.',
  'file.badVersion': 'Die Datei „{file}“ hat eine ungültige Formatversion ({version}).',
  'file.invalid': 'Die Datei „{file}“ ist fehlerhaft: {where}: {detail}.',
  'file.notFound': 'Die Datei „{file}“ gibt es nicht.',
  'file.isDirectory': '„{file}“ ist ein Ordner, keine Datei.',
  'file.unreadable': 'Die Datei „{file}“ kann nicht gelesen werden ({reason}).',
  'file.unwritable': 'In „{file}“ kann nicht geschrieben werden ({reason}).',
  'file.changedOnDisk':
    'Die Datei „{file}“ wurde seit dem Öffnen von einem anderen Programm geändert. Speichern Sie unter einem anderen Namen oder laden Sie die Datei neu.',
  'file.wouldShrink':
    'Speichern abgebrochen: die Daten für „{file}“ sind unvollständig und hätten die Datei mit weniger überschrieben, als sie enthält.',
  'invalid.type': 'falscher Typ (erwartet: {expected})',
  'invalid.missing': 'Angabe fehlt',
  'invalid.tooLong': 'zu lang (höchstens {max})',
  'invalid.tooShort': 'zu kurz (mindestens {min})',
  'invalid.value': 'ungültiger Wert',
  'invalid.format': 'ungültiges Format',
  'invalid.tooMany': 'zu viele Einträge (höchstens {max})',
  'content.notObject': 'Inhalt ist kein gültiger Textbaustein',
  'content.unknownType': 'unbekannter Inhaltstyp „{type}“',
  'content.badField': 'fehlerhaftes Feld „{field}“ in einem Element vom Typ „{type}“',
  'content.tooDeep': 'Text ist tiefer als {max} Ebenen verschachtelt',
  'where.item': 'TOP {number}',
  'where.itemIndex': 'Tagesordnungspunkt {index}',
  'where.text': 'Text',
  'where.document': 'Dokument',
  'reason.noFolder': 'Ordner nicht gefunden',
  'reason.permission': 'keine Berechtigung',
  'reason.isFolder': 'ist ein Ordner',
  'reason.diskFull': 'kein Speicherplatz frei',
  'reason.readOnly': 'Datenträger ist schreibgeschützt',
  'reason.notFolder': 'ein Teil des Pfades ist eine Datei, kein Ordner',
} as const;

export const en: Record<keyof typeof de, string> = {
  'file.empty': 'The file “{file}” is empty.',
  'file.tooLarge':
    'The file “{file}” is too large ({size} MB); Protokollant opens files up to {max} MB.',
  'file.notUtf8': 'The file “{file}” is not UTF-8 text and therefore not a Protokollant file.',
  'file.utf16':
    'The file “{file}” is saved as UTF-16; Protokollant files are UTF-8. Was it re-saved by another program?',
  'file.zip': 'The file “{file}” is a ZIP or Office document (e.g. DOCX), not a Protokollant file.',
  'file.pdf': 'The file “{file}” is a PDF, not a Protokollant file.',
  'file.notJson': 'The file “{file}” is damaged or not a Protokollant file: {detail}.',
  'file.tooDeep': 'The file “{file}” is nested too deeply to be a protocol.',
  'file.duplicateKey':
    'The file “{file}” contains the key “{key}” twice ({path}); it was probably edited by hand and is not opened.',
  'file.foreign': 'The file “{file}” is not a Protokollant file (unknown format “{format}”).',
  'file.noFormat': 'The file “{file}” is not a Protokollant file (the format id is missing).',
  'file.newer':
    'The file “{file}” was saved by a newer version of Protokollant (format version {version}; this version reads up to {supported}). Please update Protokollant.',
  'file.badVersion': 'The file “{file}” has an invalid format version ({version}).',
  'file.invalid': 'The file “{file}” is invalid: {where}: {detail}.',
  'file.notFound': 'The file “{file}” does not exist.',
  'file.isDirectory': '“{file}” is a folder, not a file.',
  'file.unreadable': 'The file “{file}” cannot be read ({reason}).',
  'file.unwritable': 'Cannot write to “{file}” ({reason}).',
  'file.changedOnDisk':
    'The file “{file}” was changed by another program since it was opened. Save under another name or reload the file.',
  'file.wouldShrink':
    'Saving stopped: the data for “{file}” is incomplete and would have overwritten the file with less than it holds.',
  'invalid.type': 'wrong type (expected: {expected})',
  'invalid.missing': 'missing',
  'invalid.tooLong': 'too long (at most {max})',
  'invalid.tooShort': 'too short (at least {min})',
  'invalid.value': 'invalid value',
  'invalid.format': 'invalid format',
  'invalid.tooMany': 'too many entries (at most {max})',
  'content.notObject': 'content is not a valid text',
  'content.unknownType': 'unknown content type “{type}”',
  'content.badField': 'invalid field “{field}” in an element of type “{type}”',
  'content.tooDeep': 'text is nested deeper than {max} levels',
  'where.item': 'item {number}',
  'where.itemIndex': 'agenda item {index}',
  'where.text': 'text',
  'where.document': 'document',
  'reason.noFolder': 'folder not found',
  'reason.permission': 'permission denied',
  'reason.isFolder': 'is a folder',
  'reason.diskFull': 'no space left on the disk',
  'reason.readOnly': 'the disk is read-only',
  'reason.notFolder': 'part of the path is a file, not a folder',
};
