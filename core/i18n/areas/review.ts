/** Messages of review and sign-off: workflow, comments, signatures, verification. */
export const de = {
  'review.state.draft': 'Entwurf',
  'review.state.review': 'In Prüfung',
  'review.state.approved': 'Freigegeben',
  'review.workflow.notDraft': 'Nur ein Entwurf kann zur Prüfung gesendet werden.',
  'review.workflow.notInReview': 'Die Niederschrift ist nicht in Prüfung.',
  'review.workflow.remarksRequired':
    'Bitte geben Sie an, was geändert werden soll, wenn Sie den Entwurf zurückgeben.',
  'review.workflow.readOnly':
    'Die Niederschrift ist freigegeben und kann nicht mehr geändert werden. Berichtigungen werden als Nachtrag angefügt.',
  'review.workflow.signedReadOnly':
    'Die Niederschrift wird gerade unterzeichnet; ihr Text kann nicht mehr geändert werden.',
  'review.comment.empty': 'Ein Kommentar braucht einen Text.',
  'review.comment.unknown': 'Diesen Kommentar gibt es nicht (mehr).',
  'review.sign.noSlot': 'Die Unterschriftsstelle {slot} gibt es nicht.',
  'review.sign.notInReview':
    'Unterzeichnet werden kann nur eine Niederschrift, die in Prüfung ist.',
  'review.sign.slotTaken': 'Die Stelle „{label}“ ist bereits unterzeichnet.',
  'review.sign.wrongPerson': 'Die Stelle „{label}“ ist für eine andere Person vorgesehen.',
  'review.sign.alreadySigned': '{name} hat diese Niederschrift bereits unterzeichnet.',
  'review.sign.unknownPerson': 'Die gewählte Person gehört nicht zu dieser Niederschrift.',
  'review.sign.personSigned':
    'Diese Person hat bereits an anderer Stelle unterzeichnet; „{label}“ braucht eine andere Person.',
  'review.sign.chainBroken':
    'Es wird nicht unterzeichnet, weil die vorhandenen Unterschriften nicht mehr passen: {problem}',
  'review.verify.ok': 'Gültig: alle {count} Unterschriften sind vorhanden und passen zum Inhalt.',
  'review.verify.unsigned': 'Die Niederschrift ist nicht unterzeichnet.',
  'review.verify.noSignatories': 'Für diese Niederschrift sind keine Unterzeichnenden festgelegt.',
  'review.verify.badSignature':
    'Die Unterschrift von {name} ({label}) ist ungültig: sie passt nicht zu ihrem Schlüssel oder wurde verändert.',
  'review.verify.contentChanged':
    'Der Inhalt wurde nach der Unterschrift von {name} ({date}) geändert; die Prüfsumme stimmt nicht mehr. Geändert: {where}.',
  'review.verify.slotMismatch':
    'Die Unterschrift von {name} passt nicht zur vorgesehenen Stelle „{label}“.',
  'review.verify.duplicateSlot': 'Die Stelle „{label}“ ist doppelt unterzeichnet.',
  'review.verify.missing': 'Es fehlen Unterschriften: {slots}.',
  'review.verify.approvedUnsigned':
    'Die Niederschrift ist als freigegeben markiert, aber nicht vollständig unterzeichnet.',
  'review.verify.signer': '{label}: {name}, unterzeichnet am {date} (Schlüssel {fingerprint})',
  'review.verify.hash': 'Prüfsumme (SHA-256): {hash}',
  'review.verify.unknownPlace': 'nicht mehr feststellbar',
  'review.place.body': 'Gremium',
  'review.place.layout': 'Kopf-Layout',
  'review.place.rules': 'Unterzeichnende',
  'review.place.meeting': 'Sitzungsangaben',
  'review.place.people': 'Personen',
  'review.place.attendance': 'Anwesenheit',
  'review.place.item': 'TOP {number}',
  'review.place.itemAdded': 'TOP {number} (neu)',
  'review.place.itemRemoved': 'TOP {number} (entfernt)',
  'review.correction.notApproved': 'Berichtigungen gibt es nur zu freigegebenen Niederschriften.',
  'review.correction.empty': 'Bitte beschreiben Sie die Berichtigung.',
  'review.correction.unknown': 'Diese Berichtigung gibt es nicht (mehr).',
  'review.correction.otherBase':
    'Die Berichtigung gehört zu einem anderen Stand der Niederschrift und kann hier nicht unterzeichnet werden.',
  'review.correction.slotTaken': 'Die Berichtigung ist für „{label}“ bereits unterzeichnet.',
  'review.correction.alreadySigned': '{name} hat diese Berichtigung bereits unterzeichnet.',
  'identity.noName':
    'Bitte tragen Sie zuerst in den Einstellungen Ihren Namen ein; mit ihm wird unterzeichnet.',
  'identity.otherScheme':
    'Ihr Signaturschlüssel wurde in einer anderen Betriebsart von Protokollant angelegt und ist hier nicht lesbar.',
  'identity.damaged': 'Ihr Signaturschlüssel ist beschädigt und kann nicht verwendet werden.',
  'identity.safeStorageUnavailable':
    'Der Schlüsselbund des Betriebssystems ist nicht verfügbar; ohne ihn kann Protokollant Ihren Signaturschlüssel nicht sicher ablegen. Bitte melden Sie sich an der Sitzung mit Schlüsselbund an (z. B. GNOME-Schlüsselbund, KWallet) und versuchen Sie es erneut.',
  'identity.safeStorageWeak':
    'Der Schlüsselbund des Betriebssystems wird nicht erkannt; der Signaturschlüssel würde nur im Klartext gespeichert. Bitte starten Sie Protokollant mit einem Schlüsselbund (z. B. --password-store=gnome-libsecret).',
} as const;

export const en: Record<keyof typeof de, string> = {
  'review.state.draft': 'Draft',
  'review.state.review': 'In review',
  'review.state.approved': 'Approved',
  'review.workflow.notDraft': 'Only a draft can be sent for review.',
  'review.workflow.notInReview': 'The minutes are not in review.',
  'review.workflow.remarksRequired': 'Please say what should change when you return the draft.',
  'review.workflow.readOnly':
    'The minutes are approved and cannot be changed any more. Corrections are added as an addendum.',
  'review.workflow.signedReadOnly':
    'The minutes are being signed; their text cannot change any more.',
  'review.comment.empty': 'A comment needs a text.',
  'review.comment.unknown': 'This comment does not exist (any more).',
  'review.sign.noSlot': 'There is no signature place {slot}.',
  'review.sign.notInReview': 'Only minutes in review can be signed.',
  'review.sign.slotTaken': 'The place “{label}” is signed already.',
  'review.sign.wrongPerson': 'The place “{label}” is meant for another person.',
  'review.sign.alreadySigned': '{name} has signed these minutes already.',
  'review.sign.unknownPerson': 'The chosen person does not belong to these minutes.',
  'review.sign.personSigned':
    'This person has signed at another place already; “{label}” needs someone else.',
  'review.sign.chainBroken':
    'Not signed, because the signatures already given no longer match: {problem}',
  'review.verify.ok': 'Valid: all {count} signatures are present and match the content.',
  'review.verify.unsigned': 'The minutes are not signed.',
  'review.verify.noSignatories': 'No signatories are set for these minutes.',
  'review.verify.badSignature':
    'The signature of {name} ({label}) is invalid: it does not match its key or was altered.',
  'review.verify.contentChanged':
    'The content was changed after {name} signed ({date}); the checksum no longer matches. Changed: {where}.',
  'review.verify.slotMismatch': 'The signature of {name} does not match the place “{label}”.',
  'review.verify.duplicateSlot': 'The place “{label}” is signed twice.',
  'review.verify.missing': 'Signatures are missing: {slots}.',
  'review.verify.approvedUnsigned': 'The minutes are marked approved but not fully signed.',
  'review.verify.signer': '{label}: {name}, signed on {date} (key {fingerprint})',
  'review.verify.hash': 'Checksum (SHA-256): {hash}',
  'review.verify.unknownPlace': 'cannot be determined any more',
  'review.place.body': 'body',
  'review.place.layout': 'header layout',
  'review.place.rules': 'signatories',
  'review.place.meeting': 'meeting details',
  'review.place.people': 'people',
  'review.place.attendance': 'attendance',
  'review.place.item': 'item {number}',
  'review.place.itemAdded': 'item {number} (new)',
  'review.place.itemRemoved': 'item {number} (removed)',
  'review.correction.notApproved': 'Corrections exist only for approved minutes.',
  'review.correction.empty': 'Please describe the correction.',
  'review.correction.unknown': 'This correction does not exist (any more).',
  'review.correction.otherBase':
    'The correction belongs to another state of the minutes and cannot be signed here.',
  'review.correction.slotTaken': 'The correction is signed for “{label}” already.',
  'review.correction.alreadySigned': '{name} has signed this correction already.',
  'identity.noName': 'Please enter your name in the settings first; it is what you sign with.',
  'identity.otherScheme':
    'Your signing key was made by another mode of Protokollant and cannot be read here.',
  'identity.damaged': 'Your signing key is damaged and cannot be used.',
  'identity.safeStorageUnavailable':
    'The operating system keychain is not available; without it Protokollant cannot store your signing key safely. Please use a session with a keychain (e.g. GNOME Keyring, KWallet) and try again.',
  'identity.safeStorageWeak':
    'The operating system keychain was not recognised; the signing key would be stored as plain text. Please start Protokollant with a keychain (e.g. --password-store=gnome-libsecret).',
};
