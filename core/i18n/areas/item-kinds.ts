/** Messages of item kinds and the checks that depend on them, and of spell checking. */
export const de = {
  'spelling.add': 'Zum Wörterbuch hinzufügen: „{word}“',
  'spelling.menu': 'Rechtschreibung',
  'itemKind.label': 'Art des TOP',
  'itemKind.auto': 'Automatisch: {kind}',
  'itemKind.beschluss': 'Beschluss',
  'itemKind.bericht': 'Bericht/Bekanntgabe',
  'itemKind.anfrage': 'Anfrage',
  'itemKind.fragestunde': 'Fragestunde',
  'itemKind.wahl': 'Wahl',
  'itemKind.hint':
    'Nur ein Beschluss und eine Wahl brauchen ein festgehaltenes Ergebnis; Fragestunde, Bericht und Anfrage nicht.',
  'check.decisionNotRecorded':
    'Im Beschlussteil steht Text, aber kein Beschluss: Es fehlt eine Abstimmung oder ein Beschlusssatz wie „Der Gemeinderat stimmt dem Antrag einstimmig zu.“ ({law}).',
  'check.speakerAbsent.notThere':
    '{name} wird bei TOP {number} als Redner genannt, war laut Anwesenheit aber nicht in der Sitzung.',
  'check.speakerAbsent.notYetArrived':
    '{name} wird bei TOP {number} als Redner genannt, kam laut Anwesenheit aber erst zu TOP {from}.',
  'check.speakerAbsent.alreadyLeft':
    '{name} wird bei TOP {number} als Redner genannt, ging laut Anwesenheit aber schon nach TOP {until}.',
} as const;

export const en: Record<keyof typeof de, string> = {
  'spelling.add': 'Add to dictionary: “{word}”',
  'spelling.menu': 'Spelling',
  'itemKind.label': 'Kind of item',
  'itemKind.auto': 'Automatic: {kind}',
  'itemKind.beschluss': 'Resolution',
  'itemKind.bericht': 'Report/announcement',
  'itemKind.anfrage': 'Question',
  'itemKind.fragestunde': 'Question time',
  'itemKind.wahl': 'Election',
  'itemKind.hint':
    'Only a resolution and an election need a recorded result; question time, reports and questions do not.',
  'check.decisionNotRecorded':
    'The resolution part holds text but no decision: a vote or a resolution sentence such as “The council agrees unanimously.” is missing ({law}).',
  'check.speakerAbsent.notThere':
    '{name} is named as a speaker at item {number} but was not at the meeting according to the attendance.',
  'check.speakerAbsent.notYetArrived':
    '{name} is named as a speaker at item {number} but arrived only at item {from} according to the attendance.',
  'check.speakerAbsent.alreadyLeft':
    '{name} is named as a speaker at item {number} but left after item {until} according to the attendance.',
};
