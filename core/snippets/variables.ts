import { text as textNode } from '../content/build';
import type { ContentNode } from '../content/nodes';
import { asContentNode, speakerNode } from '../content/nodes-protocol';
import { findPerson } from '../model/fields';
import type { AgendaItem, ProtocolDocument } from '../model/schema';
import { formatDate } from '../style/dates';
import { formalName } from '../style/names';

/**
 * The placeholders a snippet may use and where their values come from. {Vorsitz} and
 * {Schriftführung} become speaker mentions when inserted as content, so the roster stays the
 * one source of every name.
 */
export const SNIPPET_VARIABLES = [
  'Vorsitz',
  'Schriftführung',
  'Gremium',
  'gremium',
  'Drucksache',
  'TOP',
  'Betreff',
  'Berichterstattung',
  'Datum',
  'Ort',
] as const;
export type SnippetVariable = (typeof SNIPPET_VARIABLES)[number];

export function isSnippetVariable(name: string): name is SnippetVariable {
  return (SNIPPET_VARIABLES as readonly string[]).includes(name);
}

/** A placeholder's value: text, or a person to be mentioned. "" when the document lacks it. */
export interface VariableValue {
  text: string;
  personId?: string;
}

/** "Der Verwaltungsausschuss" → "der Verwaltungsausschuss", for use inside a sentence. */
function lowerFirst(text: string): string {
  return text ? text[0]!.toLowerCase() + text.slice(1) : text;
}

export function variableValue(
  document: ProtocolDocument,
  item: AgendaItem | undefined,
  name: SnippetVariable,
): VariableValue {
  const person = (id: string): VariableValue => {
    const p = findPerson(document, id);
    return p ? { text: formalName(p), personId: p.id } : { text: '' };
  };
  const body = document.body.shortName.trim() || document.body.name.trim();
  switch (name) {
    case 'Vorsitz':
      return person(document.meeting.chairId);
    case 'Schriftführung':
      return person(document.meeting.clerkId);
    case 'Gremium':
      return { text: body };
    case 'gremium':
      return { text: document.body.shortName.trim() ? lowerFirst(body) : body };
    case 'Drucksache':
      return { text: item?.paperRef.trim() ?? '' };
    case 'TOP':
      return { text: item?.number.trim() ?? '' };
    case 'Betreff':
      return { text: item?.title.trim() ?? '' };
    case 'Berichterstattung':
      return { text: item?.rapporteur.trim() ?? '' };
    case 'Datum':
      return { text: formatDate(document.meeting.date) };
    case 'Ort':
      return { text: document.meeting.place.trim() };
  }
}

export type SnippetPart = { kind: 'text'; text: string } | { kind: 'variable'; name: string };

/** Splits a snippet into literal text and placeholders; unknown names stay placeholders. */
export function snippetParts(text: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const pattern = /\{([^{}\s]+)\}/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    parts.push({ kind: 'variable', name: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

export interface FilledSnippet {
  text: string;
  /** Placeholders without a value in this document (left in the text as they are). */
  missing: string[];
}

/** The snippet as plain text for this document and item. */
export function fillSnippet(
  text: string,
  document: ProtocolDocument,
  item?: AgendaItem,
): FilledSnippet {
  const missing: string[] = [];
  const out = snippetParts(text)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const value = isSnippetVariable(part.name)
        ? variableValue(document, item, part.name).text
        : '';
      if (value === '') {
        missing.push(part.name);
        return `{${part.name}}`;
      }
      return value;
    })
    .join('');
  return { text: out, missing };
}

/**
 * The snippet as inline content for the editor: text runs, and speaker nodes where it names the
 * chair or the clerk. Placeholders without a value stay visible as text.
 */
export function snippetContent(
  text: string,
  document: ProtocolDocument,
  item?: AgendaItem,
): ContentNode[] {
  const nodes: ContentNode[] = [];
  let run = '';
  const flush = () => {
    if (run) nodes.push(textNode(run));
    run = '';
  };
  for (const part of snippetParts(text)) {
    if (part.kind === 'text') {
      run += part.text;
      continue;
    }
    const value = isSnippetVariable(part.name)
      ? variableValue(document, item, part.name)
      : { text: '' };
    if (value.personId) {
      flush();
      nodes.push(asContentNode(speakerNode([value.personId])));
    } else run += value.text || `{${part.name}}`;
  }
  flush();
  return nodes;
}
