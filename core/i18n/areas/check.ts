/** Messages of the completeness check, the vote results and the text snippets. */
export const de = {
  'check.field.body.name': 'Gremium',
  'check.field.meeting.minutesNumber': 'Niederschrift Nr.',
  'check.field.meeting.date': 'Datum',
  'check.field.meeting.start': 'Beginn',
  'check.field.meeting.end': 'Ende',
  'check.field.meeting.place': 'Ort',
  'check.field.meeting.chair': 'Vorsitz',
  'check.field.meeting.clerk': 'Schriftführung',
  'check.field.meeting.quorate': 'Beschlussfähigkeit',
  'check.field.meeting.convenedProperly': 'Einberufung',
  'check.field.item.minutesNumber': 'Niederschrift Nr.',
  'check.field.item.number': 'TOP-Nummer',
  'check.field.item.treatment': 'Behandlung',
  'check.field.item.paperRef': 'Drucksache',
  'check.field.item.fileRef': 'Geschäftszeichen',
  'check.field.item.sessionKind': 'Sitzungsart',
  'check.field.item.rapporteur': 'Berichterstattung',
  'check.field.item.title': 'Betreff',
  'check.field.attendance': 'Anwesenheit',
  'check.field.signatories': 'Unterzeichnung',
  'check.field.outcome': 'Beschluss',
  'check.field.vote': 'Abstimmung',
  'check.field.speaker': 'Redner',
  'check.role.chair': 'Vorsitz',
  'check.role.member': 'Mitglied',
  'check.role.clerk': 'Schriftführung',
  'check.role.mayor': 'Bürgermeister/in',
  'check.role.other': 'weitere Person',
  'check.roles.chair': 'Vorsitzenden',
  'check.roles.member': 'Mitglieder, die an der Sitzung teilgenommen haben,',
  'check.roles.memberAny': 'Mitglieder',
  'check.roles.clerk': 'Schriftführer',
  'check.roles.mayor': 'Bürgermeister',
  'check.roles.other': 'weiteren Personen',
  'vote.outcome.einstimmig': 'einstimmig',
  'vote.outcome.einmuetig': 'einmütig',
  'vote.outcome.mehrheitlich-zugestimmt': 'mehrheitlich zugestimmt',
  'vote.outcome.mehrheitlich-abgelehnt': 'mehrheitlich abgelehnt',
  'vote.outcome.vertagt': 'vertagt',
  'vote.outcome.zurueckgestellt': 'zurückgestellt',
  'vote.outcome.zur-kenntnis-genommen': 'zur Kenntnis genommen',
  'vote.outcome.geaendert-beschlossen': 'geändert beschlossen',
  'check.chairMissing': 'Der Vorsitz ist nicht angegeben.',
  'check.chairMissingLaw': 'Der Vorsitz ist nicht angegeben ({law} verlangt die Angabe).',
  'check.fieldMissing': '{field} fehlt.',
  'check.fieldMissingLaw': '{field} fehlt ({law} verlangt die Angabe).',
  'check.lawUnverified': 'Wortlaut der Vorschrift nicht im Gesetzestext geprüft.',
  'check.personUnknown': 'Die Person „{id}“ steht nicht im Personenverzeichnis.',
  'check.speakerUnknown':
    'Ein Redner verweist auf eine Person, die nicht im Personenverzeichnis steht („{id}“); gedruckt wird „[unbekannte Person]“.',
  'check.convenedNotStated':
    'Es ist nicht festgehalten, ob die Sitzung ordnungsgemäß einberufen wurde.',
  'check.quorateNotStated': 'Es ist nicht festgehalten, ob das Gremium beschlussfähig war.',
  'check.quorateContradicts':
    'Die Niederschrift stellt die Beschlussfähigkeit fest, beim ersten TOP waren aber nur {counted} von {members} Mitgliedern anwesend und stimmberechtigt (nötig: {required}, {law}).',
  'check.attendanceMissing':
    'Die Anwesenheit ist nicht erfasst; {law} verlangt die Zahl der anwesenden und die Namen der abwesenden Mitglieder mit dem Grund.',
  'check.absenceReasonMissing': 'Für {name} ist kein Grund der Abwesenheit angegeben ({law}).',
  'check.attendanceUnknownPerson':
    'Ein Eintrag der Anwesenheit verweist auf eine Person, die nicht im Personenverzeichnis steht („{id}“).',
  'check.attendanceTwice': '{name} ist in der Anwesenheit mehrfach eingetragen.',
  'check.arrivalUnknownItem':
    '{name} ist „anwesend ab“ einem TOP eingetragen, den es nicht gibt („{id}“).',
  'check.departureUnknownItem':
    '{name} ist „anwesend bis“ zu einem TOP eingetragen, den es nicht gibt („{id}“).',
  'check.arrivalAfterDeparture':
    '{name} ist erst ab TOP {from} anwesend, soll aber schon nach TOP {until} gegangen sein.',
  'check.signatoryMissing': 'Es ist nicht bestimmt, wer als {role} unterzeichnet ({law}).',
  'check.attendanceMissingNames':
    'Die Anwesenheit ist nicht erfasst; {law} verlangt die Namen der Teilnehmer.',
  'check.attendanceMissingCount':
    'Die Anwesenheit ist nicht erfasst; {law} verlangt die Zahl der anwesenden und die Namen der abwesenden Mitglieder.',
  'check.attendanceMissingAbsent':
    'Die Anwesenheit ist nicht erfasst; {law} verlangt die Namen der anwesenden und der abwesenden Mitglieder mit dem Grund.',
  'check.signatorySlotEmpty':
    'Für „{label}“ ist nicht bestimmt, wer unterzeichnet (die Geschäftsordnung bestimmt die Unterzeichner, {law}).',
  'check.signatoriesMissing':
    'Es ist nicht bestimmt, welche {count} {roles} unterzeichnen ({law}).',
  'check.signatoryNotMember':
    '{name} soll als Mitglied unterzeichnen, ist aber nicht als Mitglied des Gremiums erfasst ({law}).',
  'check.signatoryNotAttended':
    '{name} soll als Mitglied unterzeichnen, hat laut Anwesenheit aber nicht an der Sitzung teilgenommen ({law}).',
  'check.itemNumberTwice': 'Die TOP-Nummer {number} kommt mehrfach vor.',
  'check.outcomeMissing':
    'Es ist weder ein Beschluss noch ein Ergebnis festgehalten ({law} verlangt Abstimmungsergebnisse und den Wortlaut der Beschlüsse).',
  'check.vote.unknownPerson':
    'Die Abstimmung verweist auf eine Person, die nicht im Personenverzeichnis steht („{id}“).',
  'check.vote.countsMissing': 'Bei „{outcome}“ fehlen die Stimmenzahlen (Ja, Nein, Enthaltung).',
  'check.vote.einstimmigNotUnanimous':
    '„einstimmig“ heißt: alle stimmen zu; erfasst sind aber {no} Nein-Stimmen und {abstain} Enthaltungen. Ist „einmütig“ oder „mehrheitlich“ gemeint?',
  'check.vote.einmuetigWithNo':
    '„einmütig“ heißt: ohne Gegenstimme; erfasst sind aber {no} Nein-Stimmen.',
  'check.vote.majorityContradicts':
    '„{outcome}“ passt nicht zu Ja {yes}, Nein {no} (bei Stimmengleichheit ist ein Antrag abgelehnt).',
  'check.vote.namedVotesContradictCounts':
    'Die namentliche Abstimmung (Ja {namedYes}, Nein {namedNo}, Enthaltung {namedAbstain}) passt nicht zu den Stimmenzahlen (Ja {yes}, Nein {no}, Enthaltung {abstain}).',
  'check.vote.namedVoteTwice': '{name} steht mehrfach in der namentlichen Abstimmung.',
  'check.vote.excludedVoted':
    '{name} ist wegen Befangenheit ausgeschlossen, steht aber in der namentlichen Abstimmung.',
  'check.vote.countsExceedEntitled':
    'Erfasst sind {total} Stimmen (Ja {yes}, Nein {no}, Enthaltung {abstain}), bei diesem TOP waren aber nur {entitled} Mitglieder anwesend und stimmberechtigt.',
  'check.vote.namedVoterNotEntitled':
    '{name} hat namentlich abgestimmt, war bei diesem TOP aber nicht anwesend und stimmberechtigt.',
  'check.vote.quorumNotReached':
    'Nicht beschlussfähig: nur {counted} von {members} Mitgliedern anwesend und stimmberechtigt, nötig sind {required} ({law}).',
  'check.cli.none': 'Keine Befunde: die Niederschrift ist vollständig.',
  'check.cli.noneLaw': 'Keine Befunde: die Niederschrift ist vollständig nach {law}.',
  'check.cli.one': '1 Befund.',
  'check.cli.many': '{count} Befunde.',
  'check.cli.warning': 'Hinweis',
  'snippet.nameEmpty': 'Ein Textbaustein hat keinen Namen.',
  'snippet.textEmpty': 'Der Textbaustein „{name}“ hat keinen Text.',
  'snippet.tooLong': 'Der Textbaustein „{name}“ ist zu lang (höchstens {max} Zeichen).',
  'snippet.unknownVariable':
    'Der Textbaustein „{name}“ enthält den unbekannten Platzhalter „{variable}“ (bekannt: {known}).',
  'snippet.unbalancedBrace':
    'Im Textbaustein „{name}“ ist eine geschweifte Klammer nicht geschlossen oder nicht geöffnet.',
  'snippet.badShortcut':
    'Das Kürzel „{shortcut}“ von „{name}“ ist ungültig: erlaubt sind 1 bis 20 Kleinbuchstaben, Ziffern und Bindestriche.',
  'snippet.shortcutTwice': 'Das Kürzel „{shortcut}“ ist doppelt vergeben („{name}“ und „{other}“).',
  'snippet.idTwice': 'Die Kennung „{id}“ ist doppelt vergeben.',
  'snippet.badId': 'Die Kennung „{id}“ ist ungültig.',
} as const;

export const en: Record<keyof typeof de, string> = {
  'check.field.body.name': 'Body',
  'check.field.meeting.minutesNumber': 'Minutes no.',
  'check.field.meeting.date': 'Date',
  'check.field.meeting.start': 'Start',
  'check.field.meeting.end': 'End',
  'check.field.meeting.place': 'Place',
  'check.field.meeting.chair': 'Chair',
  'check.field.meeting.clerk': 'Clerk',
  'check.field.meeting.quorate': 'Quorum',
  'check.field.meeting.convenedProperly': 'Convening',
  'check.field.item.minutesNumber': 'Minutes no.',
  'check.field.item.number': 'Item number',
  'check.field.item.treatment': 'Treatment',
  'check.field.item.paperRef': 'Paper',
  'check.field.item.fileRef': 'File reference',
  'check.field.item.sessionKind': 'Session',
  'check.field.item.rapporteur': 'Rapporteur',
  'check.field.item.title': 'Subject',
  'check.field.attendance': 'Attendance',
  'check.field.signatories': 'Signatures',
  'check.field.outcome': 'Resolution',
  'check.field.vote': 'Vote',
  'check.field.speaker': 'Speaker',
  'check.role.chair': 'chair',
  'check.role.member': 'member',
  'check.role.clerk': 'clerk',
  'check.role.mayor': 'mayor',
  'check.role.other': 'further person',
  'check.roles.chair': 'chairs',
  'check.roles.member': 'members who attended the meeting',
  'check.roles.memberAny': 'members',
  'check.roles.clerk': 'clerks',
  'check.roles.mayor': 'mayors',
  'check.roles.other': 'further persons',
  'vote.outcome.einstimmig': 'unanimous',
  'vote.outcome.einmuetig': 'without votes against',
  'vote.outcome.mehrheitlich-zugestimmt': 'carried by majority',
  'vote.outcome.mehrheitlich-abgelehnt': 'rejected by majority',
  'vote.outcome.vertagt': 'adjourned',
  'vote.outcome.zurueckgestellt': 'deferred',
  'vote.outcome.zur-kenntnis-genommen': 'noted',
  'vote.outcome.geaendert-beschlossen': 'carried with amendments',
  'check.chairMissing': 'The chair is not given.',
  'check.chairMissingLaw': 'The chair is not given ({law} requires it).',
  'check.fieldMissing': '{field} is missing.',
  'check.fieldMissingLaw': '{field} is missing ({law} requires it).',
  'check.lawUnverified': 'Wording of the provision not checked against the law’s text.',
  'check.personUnknown': 'The person “{id}” is not in the list of people.',
  'check.speakerUnknown':
    'A speaker refers to a person who is not in the list of people (“{id}”); “[unbekannte Person]” is printed.',
  'check.convenedNotStated': 'The minutes do not state whether the meeting was duly convened.',
  'check.quorateNotStated': 'The minutes do not state whether the body had a quorum.',
  'check.quorateContradicts':
    'The minutes state a quorum, but at the first item only {counted} of {members} members were present and entitled to vote (required: {required}, {law}).',
  'check.attendanceMissing':
    'Attendance is not recorded; {law} requires the number of members present and the names of absent members with the reason.',
  'check.absenceReasonMissing': 'No reason of absence is given for {name} ({law}).',
  'check.attendanceUnknownPerson':
    'An attendance entry refers to a person who is not in the list of people (“{id}”).',
  'check.attendanceTwice': '{name} is entered more than once in the attendance.',
  'check.arrivalUnknownItem':
    '{name} is entered as “present from” an item that does not exist (“{id}”).',
  'check.departureUnknownItem':
    '{name} is entered as “present until” an item that does not exist (“{id}”).',
  'check.arrivalAfterDeparture':
    '{name} is present only from item {from} on but is said to have left after item {until}.',
  'check.signatoryMissing': 'It is not decided who signs as {role} ({law}).',
  'check.attendanceMissingNames':
    'Attendance is not recorded; {law} requires the names of those who took part.',
  'check.attendanceMissingCount':
    'Attendance is not recorded; {law} requires the number of members present and the names of absent members.',
  'check.attendanceMissingAbsent':
    'Attendance is not recorded; {law} requires the names of the members present and of the absent ones with the reason.',
  'check.signatorySlotEmpty':
    'It is not decided who signs as “{label}” (the rules of procedure name the signatories, {law}).',
  'check.signatoriesMissing': 'It is not decided which {count} {roles} sign ({law}).',
  'check.signatoryNotMember':
    '{name} is to sign as a member but is not recorded as a member of the body ({law}).',
  'check.signatoryNotAttended':
    '{name} is to sign as a member but did not attend the meeting according to the attendance ({law}).',
  'check.itemNumberTwice': 'The item number {number} occurs more than once.',
  'check.outcomeMissing':
    'Neither a resolution nor an outcome is recorded ({law} requires the vote results and the wording of resolutions).',
  'check.vote.unknownPerson':
    'The vote refers to a person who is not in the list of people (“{id}”).',
  'check.vote.countsMissing': 'With “{outcome}” the vote counts (yes, no, abstention) are missing.',
  'check.vote.einstimmigNotUnanimous':
    '“einstimmig” means everyone voted yes, but {no} no votes and {abstain} abstentions are recorded. Is “einmütig” or “mehrheitlich” meant?',
  'check.vote.einmuetigWithNo':
    '“einmütig” means no votes against, but {no} no votes are recorded.',
  'check.vote.majorityContradicts':
    '“{outcome}” does not match yes {yes}, no {no} (a tie rejects a motion).',
  'check.vote.namedVotesContradictCounts':
    'The roll-call vote (yes {namedYes}, no {namedNo}, abstention {namedAbstain}) does not match the counts (yes {yes}, no {no}, abstention {abstain}).',
  'check.vote.namedVoteTwice': '{name} appears more than once in the roll-call vote.',
  'check.vote.excludedVoted': '{name} is excluded for bias but appears in the roll-call vote.',
  'check.vote.countsExceedEntitled':
    '{total} votes are recorded (yes {yes}, no {no}, abstention {abstain}), but only {entitled} members were present and entitled to vote at this item.',
  'check.vote.namedVoterNotEntitled':
    '{name} voted by roll call but was not present and entitled to vote at this item.',
  'check.vote.quorumNotReached':
    'No quorum: only {counted} of {members} members present and entitled to vote, {required} are required ({law}).',
  'check.cli.none': 'No findings: the minutes are complete.',
  'check.cli.noneLaw': 'No findings: the minutes are complete under {law}.',
  'check.cli.one': '1 finding.',
  'check.cli.many': '{count} findings.',
  'check.cli.warning': 'Note',
  'snippet.nameEmpty': 'A snippet has no name.',
  'snippet.textEmpty': 'The snippet “{name}” has no text.',
  'snippet.tooLong': 'The snippet “{name}” is too long (at most {max} characters).',
  'snippet.unknownVariable':
    'The snippet “{name}” contains the unknown placeholder “{variable}” (known: {known}).',
  'snippet.unbalancedBrace': 'In the snippet “{name}” a curly brace is not closed or not opened.',
  'snippet.badShortcut':
    'The shortcut “{shortcut}” of “{name}” is invalid: 1 to 20 lower-case letters, digits and hyphens are allowed.',
  'snippet.shortcutTwice': 'The shortcut “{shortcut}” is used twice (“{name}” and “{other}”).',
  'snippet.idTwice': 'The id “{id}” is used twice.',
  'snippet.badId': 'The id “{id}” is invalid.',
};
