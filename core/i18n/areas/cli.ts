/** Messages of the command line tool. */
export const de = {
  'cli.usage': `Aufruf: protokollant <Befehl> [Optionen]

Befehle:
  export <datei> [--docx <aus>] [--pdf <aus>] [--html <aus>] [--oparl <aus>] [--top <nr>]
         [--comments]           Niederschrift exportieren (beliebig kombinierbar);
                                --top exportiert einen Auszug für einen TOP,
                                --oparl die Sitzung als OParl-JSON,
                                --oparl-base <url> Adresse des OParl-Servers für
                                die ids (sonst https://protokollant.invalid/oparl),
                                --comments offene Kommentare als Word-Kommentare (DOCX)
  check <datei>                 Vollständigkeit nach den Regeln des Landes prüfen:
                                0 = keine Befunde, sonst 1
  import <datei.json|datei.csv> --out <datei> [--template <id>]
                                Tagesordnung (und Personen) aus OParl oder CSV übernehmen
  new (--state <land> | --template <id>) --out <datei>
                                Neue Niederschrift anlegen: --state wählt die
                                Sitzungsvorlage des Landes (z. B. SH), --template
                                eine bestimmte Vorlage
  new --from <letzte> --out <datei> [--date <datum>]
                                Folgesitzung: Gremium, Personen, Unterzeichnende übernehmen,
                                Nummer weiterzählen, Anwesenheit neu, ständige TOPs
  templates [--state <land>]    Vorlagen nach Bundesland auflisten
  sample --tops <n> [--item-pages <n>] --out <datei>
                                Beispielsitzung mit n Tagesordnungspunkten erzeugen
  verify <datei>                Unterschriften prüfen: 0 = gültig und vollständig
                                unterzeichnet, sonst 1 mit dem Grund

Allgemeine Optionen:
  --lang de|en                  Sprache der Meldungen (Standard: de)
  --help                        Diese Hilfe`,
  'cli.unknownCommand': 'Unbekannter Befehl „{command}“. „protokollant --help“ zeigt alle Befehle.',
  'cli.badOption': 'Ungültige Angabe: {detail}. „protokollant --help“ zeigt die Optionen.',
  'cli.missingInput':
    'Bitte die Eingabedatei angeben, z. B. „protokollant {command} sitzung.protokoll“.',
  'cli.missingOption': 'Die Angabe {option} fehlt.',
  'cli.noOutput': 'Bitte mindestens ein Ausgabeformat angeben: --docx, --pdf, --html oder --oparl.',
  'cli.badOparlBase':
    '--oparl-base „{value}“ ist keine http(s)-Adresse (z. B. https://ris.beispielstadt.de/oparl).',
  'cli.outputIsInput':
    'Die Ausgabedatei „{file}“ ist die Eingabedatei; sie wird nicht überschrieben.',
  'cli.outputTwice': 'Die Ausgabedatei „{file}“ ist mehrfach angegeben.',
  'cli.outputFolderMissing': 'Den Ordner für „{file}“ gibt es nicht.',
  'cli.unknownTemplate': 'Die Vorlage „{id}“ gibt es nicht. Vorhanden: {ids}.',
  'cli.unknownTop': 'TOP {top} gibt es in dieser Niederschrift nicht (vorhanden: {tops}).',
  'cli.badNumber': '{option} erwartet eine Zahl von {min} bis {max}.',
  'cli.wrote': '{file} geschrieben ({size}).',
  'cli.templatesHeader': 'Vorlagen:',
  'cli.templatesOther': 'Ohne Landesrecht (eigene Regeln)',
  'cli.unknownState': 'Das Bundesland „{state}“ kenne ich nicht. Möglich: {states}.',
  'cli.noTemplateForState': 'Für {state} gibt es keine Vorlage.',
  'cli.templateOtherState':
    'Die Vorlage „{id}“ folgt dem Recht von {own}, nicht von {state}. „protokollant templates --state {state}“ zeigt die Vorlagen des Landes.',
  'cli.internal':
    'Unerwarteter Fehler: {detail}. Bitte melden Sie ihn mit dem Aufruf, der ihn ausgelöst hat.',
} as const;

export const en: Record<keyof typeof de, string> = {
  'cli.usage': `Usage: protokollant <command> [options]

Commands:
  export <file> [--docx <out>] [--pdf <out>] [--html <out>] [--oparl <out>] [--top <no>]
         [--comments]           Export minutes (any combination);
                                --top exports an extract of one agenda item,
                                --oparl the meeting as OParl JSON,
                                --oparl-base <url> the OParl server's address for
                                the ids (else https://protokollant.invalid/oparl),
                                --comments open comments as Word comments (DOCX)
  check <file>                  Check completeness under the state's rules:
                                0 = no findings, otherwise 1
  import <file.json|file.csv> --out <file> [--template <id>]
                                Take over the agenda (and people) from OParl or CSV
  new (--state <code> | --template <id>) --out <file>
                                Create new minutes: --state picks the state's
                                meeting template (e.g. SH), --template a
                                particular template
  new --from <last> --out <file> [--date <date>]
                                Follow-up meeting: body, people, signatories carried over,
                                number advanced, attendance reset, standing items
  templates [--state <code>]    List templates by state
  sample --tops <n> [--item-pages <n>] --out <file>
                                Write a sample meeting with n agenda items
  verify <file>                 Check the signatures: 0 = valid and fully signed,
                                otherwise 1 with the reason

General options:
  --lang de|en                  Language of messages (default: de)
  --help                        This help`,
  'cli.unknownCommand': 'Unknown command “{command}”. “protokollant --help” lists all commands.',
  'cli.badOption': 'Invalid argument: {detail}. “protokollant --help” lists the options.',
  'cli.missingInput':
    'Please give the input file, e.g. “protokollant {command} meeting.protokoll”.',
  'cli.missingOption': 'The option {option} is missing.',
  'cli.noOutput': 'Please give at least one output format: --docx, --pdf, --html or --oparl.',
  'cli.badOparlBase':
    '--oparl-base “{value}” is no http(s) address (e.g. https://ris.example.org/oparl).',
  'cli.outputIsInput': 'The output file “{file}” is the input file; it is not overwritten.',
  'cli.outputTwice': 'The output file “{file}” is given more than once.',
  'cli.outputFolderMissing': 'The folder for “{file}” does not exist.',
  'cli.unknownTemplate': 'There is no template “{id}”. Available: {ids}.',
  'cli.unknownTop': 'There is no item {top} in these minutes (available: {tops}).',
  'cli.badNumber': '{option} expects a number from {min} to {max}.',
  'cli.wrote': 'Wrote {file} ({size}).',
  'cli.templatesHeader': 'Templates:',
  'cli.templatesOther': 'Without a state’s law (own rules)',
  'cli.unknownState': 'Unknown state “{state}”. Possible: {states}.',
  'cli.noTemplateForState': 'There is no template for {state}.',
  'cli.templateOtherState':
    'The template “{id}” follows the law of {own}, not {state}. “protokollant templates --state {state}” lists that state’s templates.',
  'cli.internal': 'Unexpected error: {detail}. Please report it with the command that caused it.',
};
