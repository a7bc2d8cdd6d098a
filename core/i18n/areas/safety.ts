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
  'safety.tooDeep': 'The request is nested deeper than allowed (at most {max} levels).',
  'safety.export.scopeTitle': 'Which version?',
  'safety.export.scopeMessage':
    'These minutes have non-public agenda items. The full version is for internal use only; the public version holds the public part only (non-public items by number only, absences without reason) and may be published.',
  'safety.export.full': 'Full (internal)',
  'safety.export.publicOnly': 'Public part only',
  'safety.export.publicSuffix': '(public)',
};
