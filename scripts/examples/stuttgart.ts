import { content, numberedList, paragraph, section } from '../../core/content/build';
import type { ContentNode } from '../../core/content/nodes';
import { asContentNode, speakerNode, voteNode } from '../../core/content/nodes-protocol';
import type { ProtocolDocument } from '../../core/model/schema';
import { findTemplate } from '../../core/templates/registry';
import { instantiateTemplate } from '../../core/templates/instantiate';

/**
 * The reference document (Verwaltungsausschuss Stuttgart, Niederschrift Nr. 233, TOP 12,
 * 27.06.2018) as a .protokoll file, built from the seed text so that every word stays in place.
 *
 * Two strings of the seed are not part of the minutes and are left out: "zum Seitenanfang" is
 * the web page's back-to-top link, and the "de" after "Herr Häbe" is a language marker of the
 * web page. The seed also lost the staff table of Beschlussantrag 3 (it ends in
 * "erforderlich:"); no table is invented for it.
 *
 * Every name in the discussion is a speaker mention (the roster prints it, first mention with
 * group or unit), and the resolution is a vote node: the print of the file is still exactly the
 * seed. The seed's own slip "Abschließend stellt BM Dr. Mayer stellt fest:" stays as it is.
 *
 * What the seed does not say is not invented either: it names no attendance and none of the two
 * members who sign with the chair and the clerk (§ 38 Abs. 2 GemO BW, for committees through
 * § 39 Abs. 5). `protokollant check` reports exactly these two gaps for this file.
 */

/** The names of the seed as they appear in its text, and who they are. Longest first. */
const MENTIONS: [string, string[]][] = [
  [
    'Die StRe Dr. Reiners (CDU), Deparnay-Grunenberg (90/GRÜNE) und Perc (SPD)',
    ['p-reiners', 'p-deparnay', 'p-perc'],
  ],
  ['StRin Deparnay-Grunenberg', ['p-deparnay']],
  ['StR Urbat (SÖS-LINKE-PluS)', ['p-urbat']],
  ['StR Perc', ['p-perc']],
  ['Herr Reichert (HauptPersA)', ['p-reichert']],
  ['Herr Reichert', ['p-reichert']],
  ['BM Dr. Mayer', ['p-mayer']],
];

/** A paragraph of the seed with each name replaced by a speaker mention. */
function withSpeakers(text: string): ContentNode {
  const parts: (ContentNode | string)[] = [];
  let rest = text;
  for (;;) {
    let best: { at: number; phrase: string; ids: string[] } | null = null;
    for (const [phrase, ids] of MENTIONS) {
      const at = rest.indexOf(phrase);
      if (at >= 0 && (best === null || at < best.at)) best = { at, phrase, ids };
    }
    if (!best) break;
    parts.push(rest.slice(0, best.at), asContentNode(speakerNode(best.ids)));
    rest = rest.slice(best.at + best.phrase.length);
  }
  parts.push(rest);
  return paragraph(...parts);
}
export function buildStuttgartExample(seed: string): ProtocolDocument {
  const template = findTemplate('stuttgart-ausschuss-top');
  if (!template) throw new Error('template stuttgart-ausschuss-top missing');
  const doc = instantiateTemplate(template);

  const bodyStart = seed.indexOf('Beratungsunterlage ist die Vorlage');
  const bodyEnd = seed.indexOf('zum Seitenanfang');
  const paragraphs = seed
    .slice(bodyStart, bodyEnd)
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);

  const take = (predicate: (p: string) => boolean): string => {
    const index = paragraphs.findIndex(predicate);
    if (index < 0) throw new Error('seed paragraph not found');
    return paragraphs.splice(index, 1)[0]!;
  };
  const beratungsunterlage = take((p) => p.startsWith('Beratungsunterlage ist'));
  const heading = take((p) => p === 'Beschlussantrag:');
  const points = [1, 2, 3].map((n) => take((p) => p.startsWith(`${n}. `)).slice(`${n}. `.length));
  const attachment = take((p) => p.startsWith('Die Beratungsunterlage ist dem'));
  const closing = take((p) => p.startsWith('Abschließend stellt'));
  const resolution = take((p) => p.startsWith('Der Verwaltungsausschuss stimmt'));
  if (resolution !== 'Der Verwaltungsausschuss stimmt dem Beschlussantrag einmütig zu.') {
    throw new Error('seed resolution changed');
  }
  const discussion = paragraphs; // what is left, in order

  doc.id = 'doc-stuttgart-va-2018-06-27-top12';
  doc.body = {
    name: 'Verwaltungsausschuss des Gemeinderats der Landeshauptstadt Stuttgart',
    shortName: 'Der Verwaltungsausschuss',
    kind: 'committee',
    memberCount: 0,
  };
  doc.meeting = { ...doc.meeting, date: '2018-06-27', chairId: 'p-mayer', clerkId: 'p-haebe' };
  const person = (
    id: string,
    kind: 'member' | 'staff',
    names: { honorific?: string; formOfAddress?: string; title?: string; familyName: string },
    extra: { group?: string; unit?: string; role?: string; votingRight?: boolean } = {},
  ) => ({
    id,
    kind,
    formOfAddress: names.formOfAddress ?? '',
    honorific: names.honorific ?? '',
    title: names.title ?? '',
    givenName: '',
    familyName: names.familyName,
    group: extra.group ?? '',
    unit: extra.unit ?? '',
    role: extra.role ?? (kind === 'member' ? 'Mitglied' : ''),
    votingRight: extra.votingRight ?? kind === 'member',
  });
  doc.people = [
    person(
      'p-mayer',
      'staff',
      { honorific: 'BM', title: 'Dr.', familyName: 'Mayer' },
      { role: 'Vorsitz' },
    ),
    person(
      'p-haebe',
      'staff',
      { formOfAddress: 'Herr', familyName: 'Häbe' },
      { role: 'Protokollführung' },
    ),
    person(
      'p-reiners',
      'member',
      { honorific: 'StR', title: 'Dr.', familyName: 'Reiners' },
      { group: 'CDU' },
    ),
    person(
      'p-deparnay',
      'member',
      { honorific: 'StRin', familyName: 'Deparnay-Grunenberg' },
      { group: '90/GRÜNE' },
    ),
    person('p-perc', 'member', { honorific: 'StR', familyName: 'Perc' }, { group: 'SPD' }),
    person(
      'p-urbat',
      'member',
      { honorific: 'StR', familyName: 'Urbat' },
      { group: 'SÖS-LINKE-PluS' },
    ),
    person(
      'p-reichert',
      'staff',
      { formOfAddress: 'Herr', familyName: 'Reichert' },
      { unit: 'HauptPersA' },
    ),
  ];
  doc.rules.signatories = doc.rules.signatories.map((s) =>
    s.role === 'chair'
      ? { ...s, personId: 'p-mayer' }
      : s.role === 'clerk'
        ? { ...s, personId: 'p-haebe' }
        : s,
  );

  const item = doc.items[0]!;
  item.id = 'top-12';
  item.number = '12';
  item.minutesNumber = '233';
  item.treatment = 'Verhandlung';
  item.paperRef = '288/2018';
  item.fileRef = 'AKR 0410-00';
  item.rapporteur = '-';
  item.public = true;
  item.title =
    'Maßnahmenpaket zur Umsetzung der € 4 Mio. Sondermittel für Digitalisierung im Rahmen der Digitalisierungsstrategie StradiS [Digital Move - Stuttgart.Gestaltet.Zukunft]';
  item.content = content([
    section('beratungsunterlage', 'Beratungsunterlage', false, [paragraph(beratungsunterlage)]),
    section('beschlussantrag', heading, true, [
      numberedList(points.map((p) => [p])),
      paragraph(attachment),
    ]),
    section('verhandlung', 'Verhandlung', false, discussion.map(withSpeakers)),
    section('feststellung', 'Feststellung des Vorsitzes', false, [withSpeakers(closing)]),
    section('beschluss', 'Beschluss', false, [
      asContentNode(voteNode({ outcome: 'einmuetig', subject: 'dem Beschlussantrag' })),
    ]),
  ]);
  return doc;
}
