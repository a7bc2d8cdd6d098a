import type { ProtocolDocument } from '../model/schema';
import { findTemplate } from '../templates/registry';
import { SNIPPET_FORMAT_ID, SNIPPET_FORMAT_VERSION, type Snippet, type SnippetSet } from './model';

/**
 * The starter set, in the phrasing of real minutes: the Stuttgart reference (Nr. 233, TOP 12)
 * for presentation, closing statement and resolution, and the usual sentences of whole-meeting
 * minutes in Baden-Württemberg (opening, announcements, closing).
 */
export const STARTER_SNIPPETS: readonly Snippet[] = [
  {
    id: 'vorlage-dargestellt',
    name: 'Vorlage dargestellt',
    text: 'Die Vorlageninhalte werden von {Vorsitz} dargestellt.',
    shortcut: 'vorlage',
  },
  {
    id: 'beratungsunterlage',
    name: 'Beratungsunterlage',
    text: 'Beratungsunterlage ist die Vorlage des Referats … vom …, GRDrs {Drucksache}, mit folgendem',
    shortcut: 'unterlage',
  },
  {
    id: 'unterlage-beigefuegt',
    name: 'Beratungsunterlage beigefügt',
    text: 'Die Beratungsunterlage ist dem Originalprotokoll sowie dem Protokollexemplar für die Hauptaktei beigefügt.',
    shortcut: 'beigefuegt',
  },
  {
    id: 'feststellung',
    name: 'Feststellung des Vorsitzes',
    text: 'Abschließend stellt {Vorsitz} fest:',
    shortcut: 'fest',
  },
  {
    id: 'einmuetig',
    name: 'Beschluss einmütig',
    text: '{Gremium} stimmt dem Beschlussantrag einmütig zu.',
    shortcut: 'einmuetig',
  },
  {
    id: 'einstimmig',
    name: 'Beschluss einstimmig',
    text: '{Gremium} stimmt dem Beschlussantrag einstimmig zu.',
    shortcut: 'einstimmig',
  },
  {
    id: 'eroeffnung',
    name: 'Eröffnung der Sitzung',
    text: '{Vorsitz} eröffnet die Sitzung, begrüßt die Anwesenden und stellt fest, dass zur Sitzung ordnungsgemäß und rechtzeitig eingeladen wurde und {gremium} beschlussfähig ist.',
    shortcut: 'eroeffnung',
  },
  {
    id: 'bekanntgabe',
    name: 'Bekanntgabe nichtöffentlicher Beschlüsse',
    text: '{Vorsitz} gibt die in der letzten nichtöffentlichen Sitzung gefassten Beschlüsse bekannt.',
    shortcut: 'bekanntgabe',
  },
  {
    id: 'ohne-aussprache',
    name: 'Beschluss ohne Aussprache',
    text: 'Ohne Aussprache fasst {gremium} folgenden Beschluss:',
    shortcut: 'ohne',
  },
  {
    id: 'keine-wortmeldungen',
    name: 'Keine Wortmeldungen',
    text: 'Wortmeldungen liegen nicht vor.',
    shortcut: 'keine',
  },
  {
    id: 'kenntnisnahme',
    name: 'Kenntnisnahme',
    text: '{Gremium} nimmt den Bericht zur Kenntnis.',
    shortcut: 'kenntnis',
  },
  {
    id: 'schluss',
    name: 'Schluss der Sitzung',
    text: '{Vorsitz} dankt für die Mitarbeit und schließt die Sitzung um … Uhr.',
    shortcut: 'schluss',
  },
];

/**
 * A neutral set for any council, without Stuttgart's house words (Referat, GRDrs, Hauptaktei):
 * the same shortcuts, so a clerk who switches sets keeps their fingers' habits.
 */
export const NEUTRAL_SNIPPETS: readonly Snippet[] = [
  {
    id: 'vorlage-dargestellt',
    name: 'Vorlage erläutert',
    text: '{Vorsitz} erläutert die Sitzungsvorlage.',
    shortcut: 'vorlage',
  },
  {
    id: 'beratungsunterlage',
    name: 'Beratungsgrundlage',
    text: 'Beratungsgrundlage ist die Sitzungsvorlage Nr. {Drucksache}.',
    shortcut: 'unterlage',
  },
  {
    id: 'unterlage-beigefuegt',
    name: 'Vorlage als Anlage',
    text: 'Die Sitzungsvorlage ist der Niederschrift als Anlage beigefügt.',
    shortcut: 'beigefuegt',
  },
  ...STARTER_SNIPPETS.filter(
    (s) => !['vorlage-dargestellt', 'beratungsunterlage', 'unterlage-beigefuegt'].includes(s.id),
  ),
];

export interface NamedSnippetSet {
  id: 'neutral' | 'stuttgart';
  name: string;
  snippets: readonly Snippet[];
}

/** The sets that come with the app; the body names its set (body.snippetSet). */
export const SNIPPET_SETS: readonly NamedSnippetSet[] = [
  { id: 'neutral', name: 'Gemeinderat (neutral)', snippets: NEUTRAL_SNIPPETS },
  { id: 'stuttgart', name: 'Stuttgart (Referat, GRDrs)', snippets: STARTER_SNIPPETS },
];

/** A bundled set as a portable snippet file (what "Textbausteine importieren" reads). */
export function bundledSnippetSet(id: NamedSnippetSet['id']): SnippetSet {
  const set = SNIPPET_SETS.find((s) => s.id === id)!;
  return {
    format: SNIPPET_FORMAT_ID,
    version: SNIPPET_FORMAT_VERSION,
    name: set.name,
    snippets: set.snippets.map((s) => ({ ...s })),
  };
}

export type SnippetSetId = NamedSnippetSet['id'];

/** The bundled set a body's `snippetSet` names, by id or name ("stuttgart", "Gemeinderat (neutral)"). */
export function snippetSetIdOf(name: string | undefined): SnippetSetId | null {
  const wanted = name?.trim().toLowerCase();
  if (!wanted) return null;
  return SNIPPET_SETS.find((s) => s.id === wanted || s.name.toLowerCase() === wanted)?.id ?? null;
}

/**
 * The set a document's body starts with: the body's own choice, else its template's (the
 * Stuttgart template names Stuttgart's set), else the neutral set; a name the app does not know
 * falls back the same way rather than failing.
 */
export function bodySnippetSetId(
  document: Pick<ProtocolDocument, 'body' | 'templateId'>,
): SnippetSetId {
  return (
    snippetSetIdOf(document.body.snippetSet) ??
    snippetSetIdOf(findTemplate(document.templateId)?.body.snippetSet) ??
    'neutral'
  );
}

/** What the clerk has until they store a set of their own: the body's bundled set. */
export function starterSnippetSet(id: SnippetSetId = 'neutral'): SnippetSet {
  const set = SNIPPET_SETS.find((s) => s.id === id)!;
  return {
    format: SNIPPET_FORMAT_ID,
    version: SNIPPET_FORMAT_VERSION,
    name: `Textbausteine (${set.name})`,
    snippets: set.snippets.map((s) => ({ ...s })),
  };
}
