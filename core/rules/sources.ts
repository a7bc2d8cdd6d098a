import { stateProfiles } from './profiles';
import type { LawSource, ProfileData } from './schema';

/**
 * Every rule of a state's profile with the source it rests on, in the order a clerk reads a
 * profile: the Niederschrift paragraph, its contents, who signs, the quorum, absence, bias and
 * approval. The table in docs/rules-sources.md is generated from this list
 * (`npx tsx scripts/rules-table.ts`), and a test keeps the two in step.
 */

export interface RuleSource {
  /** What the rule is about, in German as the table shows it. */
  rule: string;
  source: LawSource;
}

const CONTENT: Record<keyof ProfileData['requires'], string> = {
  chair: 'Inhalt: Vorsitz',
  attendance: 'Inhalt: Anwesenheit',
  absenceReasons: 'Inhalt: Abwesenheitsgründe',
  place: 'Inhalt: Ort',
  outcomes: 'Inhalt: Beschlüsse und Ergebnisse',
};

const ROLE: Record<string, string> = {
  chair: 'Vorsitz',
  mayor: 'Bürgermeister/in',
  member: 'Mitglieder',
  clerk: 'Schriftführung',
  other: 'weitere',
};

export function ruleSources(data: ProfileData): RuleSource[] {
  const rows: RuleSource[] = [{ rule: 'Niederschrift', source: data.minutes }];
  for (const [key, requirement] of Object.entries(data.requires)) {
    const required = requirement.required ? 'verlangt' : 'nicht verlangt';
    rows.push({
      rule: `${CONTENT[key as keyof ProfileData['requires']]} (${required})`,
      source: requirement.source,
    });
  }
  rows.push({
    rule:
      data.signatories.setBy === 'law'
        ? 'Unterzeichnung (Gesetz)'
        : 'Unterzeichnung (Geschäftsordnung)',
    source: data.signatories.source,
  });
  for (const signer of data.signatories.required) {
    const role = signer.roles.map((r) => ROLE[r] ?? r).join(' oder ');
    rows.push({ rule: `Unterschrift: ${signer.count} × ${role}`, source: signer.source });
  }
  if (data.quorum) {
    rows.push({ rule: 'Beschlussfähigkeit', source: data.quorum.source });
    if (data.quorum.secondMeeting) {
      rows.push({
        rule: 'Beschlussfähigkeit: zweite Sitzung',
        source: data.quorum.secondMeeting.source,
      });
    }
  } else if (data.quorumNote) {
    rows.push({ rule: 'Beschlussfähigkeit (nicht hinterlegt)', source: data.quorumNote });
  }
  rows.push({ rule: 'Abwesenheit', source: data.absence.source });
  rows.push({ rule: 'Befangenheit / Mitwirkungsverbot', source: data.bias.source });
  rows.push({ rule: 'Genehmigung / Einwendungen', source: data.approval.source });
  return rows;
}

/**
 * Where a rule may have been read to count as checked (`verified`): a text of the law itself
 * (an official portal, a legal database or a dated text collection that reproduces the
 * consolidated law), or a public body's own document quoting it word for word. A quotation in a
 * private article, a lawyer's answer, a wiki, a learning platform or a newspaper is not enough:
 * it cannot be tied to the wording in force. A test holds every verified rule to this list; a
 * new address has to be classified here first.
 */
export const ACCEPTED_SOURCES: Readonly<Record<string, string>> = {
  'www.gesetze-bayern.de': 'amtliches Landesrecht (Bayern)',
  'haufe.de': 'Gesetzesdatenbank',
  'www.haufe.de': 'Gesetzesdatenbank',
  'www.anwalt24.de': 'Gesetzesdatenbank',
  'justiz-nrw.wolterskluwer-online.de': 'Gesetzesdatenbank (Wolters Kluwer für die Justiz NRW)',
  'dskrpt.de': 'Gesetzesdatenbank',
  'paragraphen.online': 'Gesetzesdatenbank',
  'www.kommunalbrevier.de': 'Gesetzestext mit Erläuterungen (Gemeinde- und Städtebund RLP)',
  'github.com': 'datierte Textsammlung des Gesetzes (Commit angegeben)',
  'ris-bi.wermelskirchen.de': 'Vorlage einer Stadt, die den Wortlaut zitiert',
  'wiesmoor-sessionet.active-city.net': 'Dokument einer Stadt, das den Wortlaut zitiert',
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** The Markdown table of docs/rules-sources.md. */
export function rulesSourceTable(): string {
  const lines = [
    '# Rules profiles: paragraphs and sources',
    '',
    'Generated from `assets/rules/*.json` by `npx tsx scripts/rules-table.ts`; do not edit by hand',
    '(`core/rules/sources.test.ts` fails when this file and the data differ).',
    '',
    '"geprüft" means the wording was read at the address given, in a text of the law (an official',
    "portal, a legal database or a dated text collection) or in a public body's own document quoting",
    'it word for word. A quotation in a private article, wiki, learning platform or newspaper does',
    'not count. An unchecked rule yields warnings only, never errors.',
    '',
    '| Land | Regel | Fundstelle | geprüft | Quelle | Anmerkung |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const { data } of stateProfiles()) {
    for (const { rule, source } of ruleSources(data)) {
      lines.push(
        `| ${data.state} | ${cell(rule)} | ${cell(source.cite)} | ${source.verified ? 'ja' : 'nein'} | ${
          source.seenAt ? `<${source.seenAt}>` : '–'
        } | ${cell(source.note) || '–'} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
