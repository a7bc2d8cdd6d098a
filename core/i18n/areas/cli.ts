/** Messages of the command line tool. */
export const de = {
  'cli.usage': `Aufruf: protokollant <Befehl> [Optionen]

Befehle:
  export <datei> [--docx <aus>] [--pdf <aus>] [--html <aus>] [--oparl <aus>] [--top <nr>]
         [--comments] [--public] [--include-nonpublic] [--force]
                                Niederschrift exportieren (beliebig kombinierbar);
                                --top exportiert einen Auszug für einen TOP,
                                --oparl die Sitzung als OParl-JSON (öffentliche Fassung;
                                mit --include-nonpublic die interne Übergabe),
                                --oparl-base <url> Adresse des OParl-Servers für
                                die ids (sonst https://protokollant.invalid/oparl),
                                --public nur den öffentlichen Teil (zur Veröffentlichung),
                                --comments offene Kommentare als Word-Kommentare (DOCX),
                                --keyring <verzeichnis> bestätigt die Unterschriften
  check <datei>                 Vollständigkeit nach den Regeln des Landes prüfen:
                                0 = keine Befunde, sonst 1
  import <datei.json|datei.csv> --out <datei> [--template <id>]
                                Tagesordnung (und Personen) aus OParl oder CSV übernehmen
  new (--state <land> | --template <id>) --out <datei>
                                Neue Niederschrift anlegen: --state wählt die
                                Sitzungsvorlage des Landes (z. B. SH), --template
                                eine bestimmte Vorlage
                                (new, sample, import: eine vorhandene Datei nur mit
                                --force ersetzen; die alte bleibt als .bak)
  new --from <letzte> --out <datei> [--date <datum>]
                                Folgesitzung: Gremium, Personen, Unterzeichnende übernehmen,
                                Nummer weiterzählen, Anwesenheit neu, ständige TOPs
  templates [--state <land>]    Vorlagen nach Bundesland auflisten
  roster import <datei.csv|datei.json> --into <niederschrift> [--merge]
                                Personen aus Excel-CSV oder OParl übernehmen; Doppelte
                                werden gemeldet und nur mit --merge zusammengeführt
  roster export <niederschrift> --out <datei.csv> [--encoding windows-1252]
                                Personenliste als CSV schreiben
  body export <niederschrift> --out <datei.gremium>
                                Das Gremium (Personen, Vorsitz, Unterschriften, Nummerierung,
                                ständige TOPs) als eigene Datei speichern
  body apply <datei.gremium> --into <niederschrift>
                                Gremium in eine Niederschrift übernehmen (alte bleibt als .bak)
  new --body <datei.gremium> [--template <id> | --state <land>] --out <datei> [--date <datum>]
                                Neue Niederschrift des Gremiums (auch mit --from: das Gremium
                                ersetzt Personen und Unterschriften der letzten)
  search <ordner> <suchbegriffe…>
                                Archiv durchsuchen: Datei, Datum, TOP, Zeile; 0 = Treffer, 1 = keine
  beschlussbuch <ordner> [--csv <aus>] [--docx <aus>] [--pdf <aus>] [--include-nonpublic]
                                Alle Beschlüsse eines Ordners von Niederschriften
  sample --tops <n> [--item-pages <n>] [--speakers <n>] --out <datei>
                                Beispielsitzung mit n Tagesordnungspunkten erzeugen
  verify <datei> [--keyring <verzeichnis>]
                                Unterschriften prüfen: 0 = vollständig, gültig und die
                                Schlüssel laut Schlüsselverzeichnis bestätigt, sonst 1
  sign <datei> --key <schlüssel.pem> --slot <nr|rolle> [--person <name>]
       [--passphrase-file <datei>] [--keyring <verzeichnis>] [--out <datei>]
                                Eine Unterschriftsstelle unterzeichnen
  keys new --out <schlüssel.pem> (--passphrase-file <datei> | --unencrypted)
                                Eigenen Signaturschlüssel anlegen (Datei nur für Sie lesbar)
  keys card <schlüssel.pem> --name <name> --out <karte.json> [--passphrase-file <datei>]
                                Schlüsselkarte (öffentlicher Schlüssel) für die Verwaltung
  keyring add|remove|list <verzeichnis> …
                                Schlüsselverzeichnis des Gremiums pflegen: add <karte.json>
                                [--from JJJJ-MM-TT] [--until JJJJ-MM-TT] [--role <rolle>],
                                remove <fingerabdruck|name>, list

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
         [--comments] [--public] [--include-nonpublic] [--force]
                                Export minutes (any combination);
                                --top exports an extract of one agenda item,
                                --oparl the meeting as OParl JSON (public version;
                                with --include-nonpublic the internal transfer),
                                --oparl-base <url> the OParl server's address for
                                the ids (else https://protokollant.invalid/oparl),
                                --public the public part only (for publication),
                                --comments open comments as Word comments (DOCX),
                                --keyring <keyring> confirms the signatures
  check <file>                  Check completeness under the state's rules:
                                0 = no findings, otherwise 1
  import <file.json|file.csv> --out <file> [--template <id>]
                                Take over the agenda (and people) from OParl or CSV
  new (--state <code> | --template <id>) --out <file>
                                Create new minutes: --state picks the state's
                                meeting template (e.g. SH), --template a
                                particular template
                                (new, sample, import: replace an existing file only
                                with --force; the old one is kept as .bak)
  new --from <last> --out <file> [--date <date>]
                                Follow-up meeting: body, people, signatories carried over,
                                number advanced, attendance reset, standing items
  templates [--state <code>]    List templates by state
  roster import <file.csv|file.json> --into <minutes> [--merge]
                                Take over people from an Excel CSV or OParl; duplicates
                                are reported and merged only with --merge
  roster export <minutes> --out <file.csv> [--encoding windows-1252]
                                Write the list of people as CSV
  body export <minutes> --out <file.gremium>
                                Save the body (people, chair, signatures, numbering,
                                standing items) as a file of its own
  body apply <file.gremium> --into <minutes>
                                Take a body into minutes (the old file stays as .bak)
  new --body <file.gremium> [--template <id> | --state <state>] --out <file> [--date <date>]
                                New minutes of the body (with --from too: the body replaces
                                the last minutes' people and signatures)
  search <folder> <words…>      Search the archive: file, date, item, line; 0 = hits, 1 = none
  beschlussbuch <folder> [--csv <out>] [--docx <out>] [--pdf <out>] [--include-nonpublic]
                                Every resolution of a folder of minutes
  sample --tops <n> [--item-pages <n>] [--speakers <n>] --out <file>
                                Write a sample meeting with n agenda items
  verify <file> [--keyring <keyring>]
                                Check the signatures: 0 = complete, valid and the keys
                                confirmed by the keyring, otherwise 1
  sign <file> --key <key.pem> --slot <no|role> [--person <name>]
       [--passphrase-file <file>] [--keyring <keyring>] [--out <file>]
                                Sign one signature place
  keys new --out <key.pem> (--passphrase-file <file> | --unencrypted)
                                Make your own signing key (a file only you can read)
  keys card <key.pem> --name <name> --out <card.json> [--passphrase-file <file>]
                                Key card (public key) for the administration
  keyring add|remove|list <keyring> …
                                Keep the body's keyring: add <card.json>
                                [--from YYYY-MM-DD] [--until YYYY-MM-DD] [--role <role>],
                                remove <fingerprint|name>, list

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
