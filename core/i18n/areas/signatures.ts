/**
 * Messages of the signature trust model: keys, the body's keyring, who may sign, and what
 * verify can and cannot confirm.
 */
export const de = {
  'signature.eligibility.noSlot': 'Die Unterschriftsstelle {slot} gibt es nicht.',
  'signature.eligibility.noPerson': 'Für die Stelle „{label}“ ist keine Person bestimmt.',
  'signature.eligibility.notInRoster':
    'Die Person an der Stelle „{label}“ steht nicht im Personenverzeichnis dieser Niederschrift.',
  'signature.eligibility.otherPerson': 'Die Stelle „{label}“ ist nicht für {name} vorgesehen.',
  'signature.eligibility.notChair':
    '{name} hatte in dieser Sitzung nicht den Vorsitz und kann nicht als „{label}“ unterzeichnen.',
  'signature.eligibility.notClerk':
    '{name} hat in dieser Sitzung nicht das Protokoll geführt und kann nicht als „{label}“ unterzeichnen.',
  'signature.eligibility.notMember':
    '{name} ist kein Mitglied und kann nicht als „{label}“ unterzeichnen.',
  'signature.eligibility.absent':
    '{name} hat an der Sitzung nicht teilgenommen und kann nicht als „{label}“ unterzeichnen.',
  'signature.eligibility.twice': '{name} unterzeichnet bereits an einer anderen Stelle.',
  'signature.eligibility.rulesShort':
    'Die Unterschriftsstellen genügen nicht {law}: {have} statt {need} für „{role}“.',
  'signature.verify.keyTwice': 'Der Schlüssel {fingerprint} unterzeichnet mehr als eine Stelle.',
  'signature.verify.noKeyring':
    'Kein Schlüsselverzeichnis: ob die Schlüssel den Unterzeichnenden gehören, ist nicht geprüft. Unterschriften nicht bestätigt.',
  'signature.verify.key.unknown':
    'Schlüssel nicht im Schlüsselverzeichnis: {name} ({label}), Schlüssel {fingerprint}.',
  'signature.verify.key.notValidThen':
    'Der Schlüssel {fingerprint} von {name} ({label}) galt am Tag der Unterschrift nicht (gültig {from} bis {until}).',
  'signature.verify.key.otherPerson':
    'Der Schlüssel {fingerprint} gehört laut Schlüsselverzeichnis {holder}, nicht {name} ({label}).',
  'signature.verify.key.otherRole':
    'Der Schlüssel {fingerprint} von {name} ist im Schlüsselverzeichnis nicht für „{label}“ eingetragen.',
  'signature.verify.demoKey':
    'Demo-Schlüssel, keine echte Unterschrift: {name} ({label}), Schlüssel {fingerprint}.',
  'signature.verify.lateComments':
    '{count} Kommentare oder Antworten entstanden nach der ersten Unterschrift; sie gehören nicht zur unterzeichneten Niederschrift.',
  'signature.verify.correction.otherBase':
    'Berichtigung {number} gehört nicht zu diesem Inhalt (andere Prüfsumme).',
  'signature.verify.correction.unsigned': 'Berichtigung {number} ist nicht unterzeichnet.',
  'signature.verify.correction.bad':
    'Die Unterschrift von {name} ({label}) unter Berichtigung {number} ist ungültig.',
  'signature.verify.correction.otherSigner':
    'Berichtigung {number}: {name} hat die Stelle „{label}“ der Niederschrift nicht unterzeichnet.',
  'signature.verify.confirmed':
    'Bestätigt: alle {count} Unterschriften sind gültig und ihre Schlüssel gehören laut Schlüsselverzeichnis den Unterzeichnenden.',
  'signature.verify.notConfirmed': 'Unterschriften nicht bestätigt.',
  'signature.verify.hash': 'Prüfsumme (SHA-256): {hash}',
  'keyring.invalid': '„{file}“ ist kein Schlüsselverzeichnis von Protokollant ({detail}).',
  'keyring.badCard':
    '„{file}“ ist keine gültige Schlüsselkarte (Name, öffentlicher Schlüssel, Fingerabdruck).',
  'keyring.duplicate': 'Der Schlüssel {fingerprint} steht bereits im Schlüsselverzeichnis.',
  'keyring.badPeriod': 'Der Zeitraum endet ({until}) vor seinem Beginn ({from}).',
  'keyring.notFound': 'Im Schlüsselverzeichnis steht kein Schlüssel „{which}“.',
  'keyring.unreadable': 'Das Schlüsselverzeichnis „{file}“ kann nicht gelesen werden: {detail}',
  'keyring.entry': '{name}: Schlüssel {fingerprint}, gültig {from} bis {until}{roles}{demo}',
  'keyring.demo': ' (Demo-Schlüssel, keine echte Unterschrift)',
  'keyring.empty': 'Das Schlüsselverzeichnis ist leer.',
  'keyring.added': '{name} mit Schlüssel {fingerprint} eingetragen.',
  'keyring.removed': '{count} Schlüssel entfernt.',
  'key.exists': 'Die Datei „{file}“ gibt es schon; ein Schlüssel wird nie überschrieben.',
  'key.unreadable': 'Die Schlüsseldatei „{file}“ kann nicht gelesen werden: {detail}',
  'key.notEd25519': '„{file}“ enthält keinen Ed25519-Schlüssel (PKCS#8, PEM).',
  'key.passphrase':
    'Die Passphrase passt nicht zu diesem Schlüssel, oder der Schlüssel ist verschlüsselt und es wurde keine angegeben.',
  'key.passphraseShort': 'Die Passphrase braucht mindestens 8 Zeichen.',
  'key.made': 'Schlüssel angelegt: {file} (nur für Sie lesbar), Fingerabdruck {fingerprint}.',
  'key.unencrypted':
    'Achtung: der Schlüssel liegt unverschlüsselt in der Datei; wer sie kopiert, kann in Ihrem Namen unterzeichnen.',
  'key.card': 'Schlüsselkarte für {name} geschrieben: {file}, Fingerabdruck {fingerprint}.',
  'sign.noKeyHolder':
    'Der Schlüssel {fingerprint} gehört laut Schlüsselverzeichnis nicht der Person dieser Stelle ({name}).',
  'sign.keyNameMismatch':
    'Ohne Schlüsselverzeichnis wird nur unterzeichnet, wenn der Name des Schlüssels ({holder}) die Person der Stelle ({name}) nennt.',
  'sign.signed': '{label}: unterzeichnet von {name} (Schlüssel {fingerprint}).',
  'sign.noSuchSlot': 'Die Stelle „{slot}“ gibt es nicht; vorhanden: {slots}.',
  'sign.personNeeded':
    'Die Stelle „{label}“ nennt noch keine Person: bitte mit --person NAME angeben.',
  'sign.unknownPersonName': 'Im Personenverzeichnis steht niemand namens „{name}“.',
  'identity.exists': 'Für {name} gibt es an diesem Rechner schon einen Schlüssel.',
  'signUi.passphrase': 'Passphrase Ihres Schlüssels',
  'signUi.passphraseRepeat': 'Passphrase wiederholen',
  'signUi.passphraseMismatch': 'Die beiden Passphrasen stimmen nicht überein.',
  'signUi.noKey':
    'Sie haben an diesem Rechner noch keinen Signaturschlüssel. Legen Sie ihn mit einer Passphrase an, die nur Sie kennen (mindestens 8 Zeichen).',
  'signUi.createKey': 'Schlüssel anlegen',
  'signUi.card': 'Schlüsselkarte speichern',
  'signUi.cardHint':
    'Geben Sie die Schlüsselkarte der Verwaltung: sie trägt Ihren Schlüssel ins Schlüsselverzeichnis ein.',
  'signUi.confirmTitle': 'Sie unterzeichnen',
  'signUi.what': 'Niederschrift {number}, {items}',
  'signUi.whatNoNumber': 'Niederschrift, {items}',
  'signUi.place': 'als „{label}“ für {name}',
  'signUi.hash': 'Prüfsumme (SHA-256): {hash}',
  'signUi.confirm': 'Jetzt unterzeichnen',
  'signUi.cancel': 'Abbrechen',
  'signUi.keyring': 'Schlüsselverzeichnis (Datei)',
  'signUi.keyringApply': 'Festlegen',
  'signUi.keyringNone':
    'Kein Schlüsselverzeichnis festgelegt: die Unterschriften können nicht bestätigt werden.',
  'signUi.keyringLoaded': 'Schlüsselverzeichnis „{body}“ mit {count} Schlüsseln.',
  'signUi.confirmed':
    'Bestätigt: alle {count} Unterschriften sind gültig und ihre Schlüssel stehen im Schlüsselverzeichnis.',
  'identity.noKey':
    'Für {name} gibt es an diesem Rechner noch keinen Schlüssel: bitte zuerst einen anlegen.',
  'keyring.badDate': '„{date}“ ist kein Datum (JJJJ-MM-TT).',
  'keyring.notSet':
    'Es ist kein Schlüsselverzeichnis festgelegt: bitte zuerst eines wählen oder anlegen.',
  'keyring.fileExists':
    'Die Datei „{file}“ gibt es schon; ein neues Schlüsselverzeichnis überschreibt nichts.',
  'key.tooLarge': '„{file}“ ist zu groß für eine Schlüsseldatei.',
  'identity.cardWritten': 'Schlüsselkarte gespeichert: {file}',
  'signature.designate.signed':
    'Die Niederschrift ist schon unterzeichnet: wer unterzeichnet, kann nicht mehr geändert werden.',
  'signature.designate.notEligible':
    'Diese Person kann die Stelle „{label}“ nicht unterzeichnen (nicht teilgenommen, kein Mitglied oder schon an einer anderen Stelle).',
  'signSettings.menu': 'Einstellungen › Unterschrift …',
  'signSettings.title': 'Einstellungen › Unterschrift',
  'signSettings.close': 'Schließen',
  'signSettings.you': 'Ihr Signaturschlüssel',
  'signSettings.name': 'Ihr Name, wie die Niederschrift ihn nennt',
  'signSettings.nameApply': 'Übernehmen',
  'signSettings.noName': 'Geben Sie zuerst Ihren Namen ein: der Schlüssel gehört zu diesem Namen.',
  'signSettings.keyStatus': 'Schlüssel vorhanden, angelegt am {date}.',
  'signSettings.fingerprint': 'Fingerabdruck: {fingerprint}',
  'signSettings.import': 'Schlüsseldatei übernehmen',
  'signSettings.importHint':
    'Haben Sie Ihren Schlüssel mit „protokollant keys new“ gemacht? Übernehmen Sie die Datei (PEM) hierher; sie wird mit Ihrer Passphrase verschlüsselt gespeichert.',
  'signSettings.importChoose': 'Schlüsseldatei wählen …',
  'signSettings.importFile': 'Gewählt: {file}',
  'signSettings.importPassphrase': 'Passphrase der Schlüsseldatei',
  'signSettings.importApply': 'Schlüssel übernehmen',
  'signSettings.imported': 'Schlüssel übernommen, Fingerabdruck {fingerprint}.',
  'signSettings.cardSaved': 'Schlüsselkarte gespeichert: {file}',
  'signSettings.keyring': 'Schlüsselverzeichnis der Körperschaft',
  'signSettings.keyringHint':
    'Die Verwaltung führt das Schlüsselverzeichnis (z. B. auf dem Dateiserver); die Unterschriften werden gegen diese Datei geprüft.',
  'signSettings.keyringFile': 'Datei: {file}',
  'signSettings.keyringChoose': 'Schlüsselverzeichnis wählen …',
  'signSettings.keyringNew': 'Neues Schlüsselverzeichnis anlegen …',
  'signSettings.keyringBody': 'Körperschaft',
  'signSettings.keyringClear': 'Keines verwenden',
  'signSettings.entries': 'Einträge',
  'signSettings.col.holder': 'Inhaber',
  'signSettings.col.fingerprint': 'Fingerabdruck',
  'signSettings.col.valid': 'Gültig',
  'signSettings.col.roles': 'Stellen',
  'signSettings.col.actions': 'Aktionen',
  'signSettings.open': 'offen',
  'signSettings.always': 'immer',
  'signSettings.anyRole': 'alle',
  'signSettings.demo': 'Demo-Schlüssel',
  'signSettings.addCard': 'Eintrag aus Schlüsselkarte …',
  'signSettings.cardOf': 'Schlüsselkarte von {name}, Fingerabdruck {fingerprint}',
  'signSettings.cardCompare':
    'Vergleichen Sie den Fingerabdruck mit dem Inhaber (z. B. am Telefon), bevor Sie ihn eintragen.',
  'signSettings.holder': 'Inhaber, wie die Niederschrift ihn nennt',
  'signSettings.from': 'Gültig ab',
  'signSettings.until': 'Gültig bis (leer: offen)',
  'signSettings.roles': 'Darf unterzeichnen als (keine Auswahl: alle Stellen)',
  'signSettings.add': 'Eintragen',
  'signSettings.cancel': 'Abbrechen',
  'signSettings.end': 'Beenden',
  'signSettings.endOn': 'Gültig bis',
  'signSettings.endApply': 'Gültigkeit beenden',
  'signSettings.remove': 'Entfernen',
  'signSettings.removeTitle': 'Eintrag entfernen?',
  'signSettings.removeMessage':
    'Den Schlüssel {fingerprint} von {name} aus dem Schlüsselverzeichnis entfernen? Unterschriften mit diesem Schlüssel gelten danach nicht mehr als bestätigt. Um einen Schlüssel nur ab heute auszuschließen, beenden Sie ihn stattdessen.',
  'signSettings.added': '{name} eingetragen.',
  'signSettings.ended': 'Der Schlüssel von {name} gilt bis {until}.',
  'signSettings.removed': 'Der Schlüssel von {name} ist entfernt.',
  'signSettings.role.chair': 'Vorsitz',
  'signSettings.role.member': 'Mitglied',
  'signSettings.role.clerk': 'Schriftführung',
  'signSettings.role.mayor': 'Bürgermeister/in',
  'signSettings.role.other': 'weitere',
  'signSettings.keyringOpen': 'Einstellungen › Unterschrift …',
  'designate.heading': 'Wer unterzeichnet',
  'designate.hint':
    'Die Mitglieder wählen Sie aus denen, die an der Sitzung teilgenommen haben. Vorsitz und Schriftführung folgen dem Kopf der Niederschrift.',
  'designate.choose': '– bei der Unterschrift wählen –',
  'designate.none': 'noch niemand',
  'designate.signedHint': 'Die Niederschrift ist unterzeichnet: die Stellen sind fest.',
} as const;

export const en: Record<keyof typeof de, string> = {
  'signature.eligibility.noSlot': 'There is no signature place {slot}.',
  'signature.eligibility.noPerson': 'No person is set for the place “{label}”.',
  'signature.eligibility.notInRoster':
    'The person at the place “{label}” is not in the roster of these minutes.',
  'signature.eligibility.otherPerson': 'The place “{label}” is not meant for {name}.',
  'signature.eligibility.notChair':
    '{name} did not chair this meeting and cannot sign as “{label}”.',
  'signature.eligibility.notClerk':
    '{name} did not keep the minutes of this meeting and cannot sign as “{label}”.',
  'signature.eligibility.notMember': '{name} is not a member and cannot sign as “{label}”.',
  'signature.eligibility.absent':
    '{name} did not take part in the meeting and cannot sign as “{label}”.',
  'signature.eligibility.twice': '{name} signs at another place already.',
  'signature.eligibility.rulesShort':
    'The signature places do not meet {law}: {have} instead of {need} for “{role}”.',
  'signature.verify.keyTwice': 'The key {fingerprint} signs more than one place.',
  'signature.verify.noKeyring':
    'No keyring: whether the keys belong to the signatories is not checked. Signatures not confirmed.',
  'signature.verify.key.unknown': 'Key not in the keyring: {name} ({label}), key {fingerprint}.',
  'signature.verify.key.notValidThen':
    'The key {fingerprint} of {name} ({label}) was not valid on the day of signing (valid {from} to {until}).',
  'signature.verify.key.otherPerson':
    'By the keyring, the key {fingerprint} belongs to {holder}, not to {name} ({label}).',
  'signature.verify.key.otherRole':
    'The keyring does not list the key {fingerprint} of {name} for “{label}”.',
  'signature.verify.demoKey':
    'Demo key, not a real signature: {name} ({label}), key {fingerprint}.',
  'signature.verify.lateComments':
    '{count} comments or replies were made after the first signature; they are not part of the signed minutes.',
  'signature.verify.correction.otherBase':
    'Correction {number} does not belong to this content (other checksum).',
  'signature.verify.correction.unsigned': 'Correction {number} is not signed.',
  'signature.verify.correction.bad':
    'The signature of {name} ({label}) under correction {number} is invalid.',
  'signature.verify.correction.otherSigner':
    'Correction {number}: {name} did not sign the place “{label}” of the minutes.',
  'signature.verify.confirmed':
    'Confirmed: all {count} signatures are valid and, by the keyring, their keys belong to the signatories.',
  'signature.verify.notConfirmed': 'Signatures not confirmed.',
  'signature.verify.hash': 'Checksum (SHA-256): {hash}',
  'keyring.invalid': '“{file}” is not a Protokollant keyring ({detail}).',
  'keyring.badCard': '“{file}” is not a valid key card (name, public key, fingerprint).',
  'keyring.duplicate': 'The key {fingerprint} is in the keyring already.',
  'keyring.badPeriod': 'The period ends ({until}) before it begins ({from}).',
  'keyring.notFound': 'The keyring has no key “{which}”.',
  'keyring.unreadable': 'The keyring “{file}” cannot be read: {detail}',
  'keyring.entry': '{name}: key {fingerprint}, valid {from} to {until}{roles}{demo}',
  'keyring.demo': ' (demo key, not a real signature)',
  'keyring.empty': 'The keyring is empty.',
  'keyring.added': '{name} added with key {fingerprint}.',
  'keyring.removed': '{count} keys removed.',
  'key.exists': 'The file “{file}” exists already; a key is never overwritten.',
  'key.unreadable': 'The key file “{file}” cannot be read: {detail}',
  'key.notEd25519': '“{file}” holds no Ed25519 key (PKCS#8, PEM).',
  'key.passphrase':
    'The passphrase does not fit this key, or the key is encrypted and none was given.',
  'key.passphraseShort': 'The passphrase needs at least 8 characters.',
  'key.made': 'Key made: {file} (readable by you only), fingerprint {fingerprint}.',
  'key.unencrypted':
    'Warning: the key is stored unencrypted; whoever copies the file can sign in your name.',
  'key.card': 'Key card for {name} written: {file}, fingerprint {fingerprint}.',
  'sign.noKeyHolder':
    'By the keyring, the key {fingerprint} does not belong to the person of this place ({name}).',
  'sign.keyNameMismatch':
    'Without a keyring, signing needs the key’s name ({holder}) to name the person of the place ({name}).',
  'sign.signed': '{label}: signed by {name} (key {fingerprint}).',
  'sign.noSuchSlot': 'There is no place “{slot}”; there are: {slots}.',
  'sign.personNeeded': 'The place “{label}” names nobody yet: please give --person NAME.',
  'sign.unknownPersonName': 'Nobody called “{name}” is in the roster.',
  'identity.exists': '{name} has a key at this machine already.',
  'signUi.passphrase': 'Passphrase of your key',
  'signUi.passphraseRepeat': 'Repeat the passphrase',
  'signUi.passphraseMismatch': 'The two passphrases differ.',
  'signUi.noKey':
    'You have no signing key at this machine yet. Make it with a passphrase only you know (at least 8 characters).',
  'signUi.createKey': 'Make key',
  'signUi.card': 'Save key card',
  'signUi.cardHint': 'Give the key card to the administration: it adds your key to the keyring.',
  'signUi.confirmTitle': 'You are signing',
  'signUi.what': 'Minutes {number}, {items}',
  'signUi.whatNoNumber': 'Minutes, {items}',
  'signUi.place': 'as “{label}” for {name}',
  'signUi.hash': 'Checksum (SHA-256): {hash}',
  'signUi.confirm': 'Sign now',
  'signUi.cancel': 'Cancel',
  'signUi.keyring': 'Keyring (file)',
  'signUi.keyringApply': 'Set',
  'signUi.keyringNone': 'No keyring set: the signatures cannot be confirmed.',
  'signUi.keyringLoaded': 'Keyring “{body}” with {count} keys.',
  'signUi.confirmed':
    'Confirmed: all {count} signatures are valid and their keys are in the keyring.',
  'identity.noKey': '{name} has no key at this machine yet: please make one first.',
  'keyring.badDate': '“{date}” is not a date (YYYY-MM-DD).',
  'keyring.notSet': 'No keyring is set: please choose or make one first.',
  'keyring.fileExists': 'The file “{file}” exists already; a new keyring overwrites nothing.',
  'key.tooLarge': '“{file}” is too large for a key file.',
  'identity.cardWritten': 'Key card saved: {file}',
  'signature.designate.signed':
    'The minutes are signed already: who signs can no longer be changed.',
  'signature.designate.notEligible':
    'This person cannot sign the place “{label}” (did not take part, not a member, or signs another place).',
  'signSettings.menu': 'Settings › Signature …',
  'signSettings.title': 'Settings › Signature',
  'signSettings.close': 'Close',
  'signSettings.you': 'Your signing key',
  'signSettings.name': 'Your name as the minutes write it',
  'signSettings.nameApply': 'Apply',
  'signSettings.noName': 'Enter your name first: the key belongs to this name.',
  'signSettings.keyStatus': 'Key present, made on {date}.',
  'signSettings.fingerprint': 'Fingerprint: {fingerprint}',
  'signSettings.import': 'Take over a key file',
  'signSettings.importHint':
    'Did you make your key with “protokollant keys new”? Take the file (PEM) over here; it is stored encrypted with your passphrase.',
  'signSettings.importChoose': 'Choose key file …',
  'signSettings.importFile': 'Chosen: {file}',
  'signSettings.importPassphrase': 'Passphrase of the key file',
  'signSettings.importApply': 'Take over key',
  'signSettings.imported': 'Key taken over, fingerprint {fingerprint}.',
  'signSettings.cardSaved': 'Key card saved: {file}',
  'signSettings.keyring': 'The body’s keyring',
  'signSettings.keyringHint':
    'The administration keeps the keyring (e.g. on the file server); signatures are checked against this file.',
  'signSettings.keyringFile': 'File: {file}',
  'signSettings.keyringChoose': 'Choose keyring …',
  'signSettings.keyringNew': 'Make a new keyring …',
  'signSettings.keyringBody': 'Body',
  'signSettings.keyringClear': 'Use none',
  'signSettings.entries': 'Entries',
  'signSettings.col.holder': 'Holder',
  'signSettings.col.fingerprint': 'Fingerprint',
  'signSettings.col.valid': 'Valid',
  'signSettings.col.roles': 'Places',
  'signSettings.col.actions': 'Actions',
  'signSettings.open': 'open',
  'signSettings.always': 'always',
  'signSettings.anyRole': 'all',
  'signSettings.demo': 'demo key',
  'signSettings.addCard': 'Entry from key card …',
  'signSettings.cardOf': 'Key card of {name}, fingerprint {fingerprint}',
  'signSettings.cardCompare':
    'Compare the fingerprint with its holder (e.g. by phone) before you add it.',
  'signSettings.holder': 'Holder as the minutes name them',
  'signSettings.from': 'Valid from',
  'signSettings.until': 'Valid until (empty: open)',
  'signSettings.roles': 'May sign as (none chosen: every place)',
  'signSettings.add': 'Add',
  'signSettings.cancel': 'Cancel',
  'signSettings.end': 'End',
  'signSettings.endOn': 'Valid until',
  'signSettings.endApply': 'End validity',
  'signSettings.remove': 'Remove',
  'signSettings.removeTitle': 'Remove entry?',
  'signSettings.removeMessage':
    'Remove the key {fingerprint} of {name} from the keyring? Signatures with this key are then no longer confirmed. To exclude a key only from today on, end it instead.',
  'signSettings.added': '{name} added.',
  'signSettings.ended': 'The key of {name} is valid until {until}.',
  'signSettings.removed': 'The key of {name} is removed.',
  'signSettings.role.chair': 'Chair',
  'signSettings.role.member': 'Member',
  'signSettings.role.clerk': 'Clerk',
  'signSettings.role.mayor': 'Mayor',
  'signSettings.role.other': 'other',
  'signSettings.keyringOpen': 'Settings › Signature …',
  'designate.heading': 'Who signs',
  'designate.hint':
    'Choose the members from those who took part in the meeting. Chair and clerk follow the header of the minutes.',
  'designate.choose': '– choose when signing –',
  'designate.none': 'nobody yet',
  'designate.signedHint': 'The minutes are signed: the places are fixed.',
};
