import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { convertToPdf } from './libreoffice';
import { seedText } from './seed';

/**
 * A Beschlussvorlage as the Stuttgart administration writes it (GRDrs 288/2018, the paper of
 * the reference Niederschrift): head with department, GZ, number and date, the subject, the
 * Beschlussantrag as a Word numbered list (taken from the seed), a Begründung, and the
 * closing parts. Built with the `docx` package; the PDF is that DOCX printed by LibreOffice.
 */

const seed = seedText();
const para = (start: string) => {
  const found = seed
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p.startsWith(start));
  if (!found) throw new Error(`seed paragraph "${start}" missing`);
  return found;
};

export const VORLAGE_POINTS = [1, 2, 3].map((n) => para(`${n}. `).slice(3));
export const VORLAGE_BETREFF = seed
  .slice(seed.indexOf('Betreff:') + 'Betreff:'.length)
  .split('\n')[0]!
  .trim();
export const VORLAGE_SENTENCE = para('Beratungsunterlage ist');
export const VORLAGE_BEGRUENDUNG = [
  'Mit der Digitalisierungsstrategie StradiS hat der Gemeinderat die Grundlage für die digitale Verwaltung der Landeshauptstadt Stuttgart gelegt. Für das Jahr 2018 und das Jahr 2019 stehen je 2 Mio. EUR Sondermittel bereit.',
  'Die Maßnahmen verteilen sich auf die Themenbereiche Innovative Digitalisierungen, IT-Sicherheit/IT-Rechtskonformität und IT-Effizienzmanagement. Der größte Anteil entfällt auf die IT-Sicherheit.',
];

/**
 * The staff table a Beschlussantrag like this one carries after its point 3 ("folgende
 * zusätzliche Personalkapazitäten erforderlich:"); the reference minutes leave it out, so the
 * Vorlage has it only when asked (`staffTable`). Invented posts, no persons.
 */
export const VORLAGE_STAFF_TABLE = [
  ['Stellen', 'Funktion', 'Wertigkeit', 'Amt'],
  ['1,0', 'IT-Sicherheit', 'EG 12', '10-IuK'],
  ['2,0', 'Systembetreuung', 'EG 10', '10-IuK'],
  ['0,5', 'Datenschutz', 'A 11', '10-PersA'],
];

export function vorlageDocument(options: { staffTable?: boolean } = {}): Document {
  const p = (text: string, bold = false) =>
    new Paragraph({ children: [new TextRun({ text, bold })], spacing: { after: 120 } });
  const cell = (text: string) =>
    new TableCell({ children: [p(text)], width: { size: 25, type: WidthType.PERCENTAGE } });
  const staff = options.staffTable
    ? [
        new Table({
          rows: VORLAGE_STAFF_TABLE.map(
            (row, r) =>
              new TableRow({
                tableHeader: r === 0,
                children: row.map(
                  (text) =>
                    new TableCell({
                      children: [p(text, r === 0)],
                      width: { size: 25, type: WidthType.PERCENTAGE },
                    }),
                ),
              }),
          ),
        }),
      ]
    : [];
  return new Document({
    numbering: {
      config: [
        {
          reference: 'antrag',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          p('Landeshauptstadt Stuttgart', true),
          p('Referat Allgemeine Verwaltung, Kultur und Recht'),
          p('GZ: AKR 0410-00'),
          p('Stuttgart, 29.05.2018'),
          p('Beschlussvorlage', true),
          p('GRDrs 288/2018'),
          new Table({
            rows: [
              new TableRow({
                children: ['Vorlage an', 'zur', 'Sitzungsart', 'Sitzungstermin'].map(cell),
              }),
              new TableRow({
                children: [
                  'Verwaltungsausschuss',
                  'Beschlussfassung',
                  'öffentlich',
                  '27.06.2018',
                ].map(cell),
              }),
            ],
          }),
          p('Betreff', true),
          p(VORLAGE_BETREFF),
          p('Beschlussantrag:', true),
          ...VORLAGE_POINTS.map(
            (text) =>
              new Paragraph({
                children: [new TextRun(text)],
                numbering: { reference: 'antrag', level: 0 },
                spacing: { after: 120 },
              }),
          ),
          ...staff,
          p('Begründung:', true),
          ...VORLAGE_BEGRUENDUNG.map((text) => p(text)),
          p('Finanzielle Auswirkungen', true),
          p('Die Mittel sind im Teilergebnishaushalt 100 veranschlagt.'),
          p('Beteiligte Stellen', true),
          p('Referat WFB'),
        ],
      },
    ],
  });
}

/** Writes the Vorlage (with the staff table if asked) as DOCX (and, with LibreOffice, as PDF) into `dir`; returns the paths. */
export async function writeVorlage(
  dir: string,
  options: { pdf?: boolean; staffTable?: boolean; name?: string } = {},
): Promise<{ docx: string; pdf: string | null }> {
  const docx = join(dir, options.name ?? 'GRDrs 288-2018 Beschlussvorlage.docx');
  await writeFile(docx, await Packer.toBuffer(vorlageDocument(options)));
  if (!options.pdf) return { docx, pdf: null };
  const [pdf] = await convertToPdf([docx], dir);
  return { docx, pdf: pdf ?? null };
}
