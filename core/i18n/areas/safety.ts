/**
 * Messages of what guards the way out: the public version, file overwrites, the host's reach,
 * text encodings of imported tables, long-running work. Keys start with "safety." or
 * "export.public.".
 */
export const de = {
  'export.public.nothing':
    'Diese Niederschrift hat keinen öffentlichen Teil; eine öffentliche Fassung gibt es nicht.',
  'export.public.itemNotPublic':
    'Dieser TOP ist nichtöffentlich und gehört nicht zur öffentlichen Fassung.',
  'safety.outputExists':
    'Die Datei „{file}“ gibt es schon. Mit --force wird sie ersetzt (die alte bleibt als „{file}.bak“).',
  'safety.optionTwice': 'Die Angabe {option} ist mehrfach angegeben; bitte nur einmal.',
  'safety.oparlInternal':
    'Interne Übergabe mit nichtöffentlichen Teilen und Abwesenheitsgründen – nicht veröffentlichen.',
  'safety.oparlPublic':
    'Öffentliche Fassung: nichtöffentliche Tagesordnungspunkte nur mit ihrer Nummer, Abwesenheiten ohne Grund.',
  'safety.wroteInternal':
    'Achtung: „{file}“ enthält nichtöffentliche Teile und Abwesenheitsgründe (interne Übergabe, nicht veröffentlichen).',
  'import.encoding.bomMixed':
    '„{file}“ beginnt mit der Kennung für UTF-8 (BOM), Zeile {line} enthält aber ein Byte (0x{byte}), das kein UTF-8 ist – vermutlich Windows-1252. Bitte die Datei einheitlich speichern (in Excel: „CSV UTF-8“).',
  'import.encoding.mixed':
    '„{file}“ mischt zwei Kodierungen: Zeile {utf8Line} ist UTF-8, Zeile {line} nicht (vermutlich Windows-1252). Bitte die Datei einheitlich speichern (in Excel: „CSV UTF-8“).',
  'import.encoding.unknown':
    'Die Kodierung von „{file}“ ist unbekannt: Zeile {line} enthält das Byte 0x{byte}, das weder in UTF-8 noch in Windows-1252 ein Zeichen ist. Bitte die Datei als „CSV UTF-8“ speichern.',
  'import.encoding.utf16Odd':
    '„{file}“ sieht nach UTF-16 aus, hat aber eine ungerade Zahl von Bytes: die Datei ist unvollständig oder keine UTF-16-Datei.',
  'safety.notSnippetFile':
    '„{file}“ gibt es schon und ist keine Textbaustein-Datei; sie wird nicht überschrieben.',
  'safety.tooDeep': 'Die Anfrage ist tiefer verschachtelt als erlaubt (höchstens {max} Ebenen).',
  'safety.export.scopeTitle': 'Welche Fassung?',
  'safety.export.scopeMessage':
    'Diese Niederschrift hat nichtöffentliche Tagesordnungspunkte. Die vollständige Fassung ist nur für den Dienstgebrauch; die öffentliche Fassung enthält nur den öffentlichen Teil (nichtöffentliche TOPs nur mit ihrer Nummer, Abwesenheiten ohne Grund) und kann veröffentlicht werden.',
  'safety.export.full': 'Vollständig (intern)',
  'safety.export.publicOnly': 'Nur öffentlicher Teil',
  'safety.export.publicSuffix': '(öffentlich)',
} as const;

export const en: Record<keyof typeof de, string> = {
  'export.public.nothing': 'These minutes have no public part; there is no public version.',
  'export.public.itemNotPublic': 'This item is non-public and not part of the public version.',
  'safety.outputExists':
    'The file “{file}” already exists. With --force it is replaced (the old one is kept as “{file}.bak”).',
  'safety.optionTwice': 'The option {option} is given more than once; please give it once.',
  'safety.oparlInternal':
    'Internal transfer with non-public parts and reasons of absence – do not publish.',
  'safety.oparlPublic':
    'Public version: non-public agenda items by number only, absences without reason.',
  'safety.wroteInternal':
    'Note: “{file}” holds non-public parts and reasons of absence (internal transfer, do not publish).',
  'import.encoding.bomMixed':
    '“{file}” starts with the UTF-8 marker (BOM), but line {line} holds a byte (0x{byte}) that is not UTF-8 – probably Windows-1252. Please save the file in one encoding (in Excel: “CSV UTF-8”).',
  'import.encoding.mixed':
    '“{file}” mixes two encodings: line {utf8Line} is UTF-8, line {line} is not (probably Windows-1252). Please save the file in one encoding (in Excel: “CSV UTF-8”).',
  'import.encoding.unknown':
    'The encoding of “{file}” is unknown: line {line} holds the byte 0x{byte}, which is a character neither in UTF-8 nor in Windows-1252. Please save the file as “CSV UTF-8”.',
  'import.encoding.utf16Odd':
    '“{file}” looks like UTF-16 but has an odd number of bytes: it is incomplete or no UTF-16 file.',
  'safety.notSnippetFile': '“{file}” already exists and is no snippet file; it is not overwritten.',
  'safety.tooDeep': 'The request is nested deeper than allowed (at most {max} levels).',
  'safety.export.scopeTitle': 'Which version?',
  'safety.export.scopeMessage':
    'These minutes have non-public agenda items. The full version is for internal use only; the public version holds the public part only (non-public items by number only, absences without reason) and may be published.',
  'safety.export.full': 'Full (internal)',
  'safety.export.publicOnly': 'Public part only',
  'safety.export.publicSuffix': '(public)',
};
