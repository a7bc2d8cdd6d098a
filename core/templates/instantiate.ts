import { numberedList, paragraph, section, content } from '../content/build';
import type { ContentNode, ItemContent } from '../content/nodes';
import { createId } from '../model/ids';
import type { AgendaItem, ProtocolDocument } from '../model/schema';
import type { SectionTemplate, SkeletonBlock, Template } from './schema';
import { findTemplate } from './registry';

function skeletonNode(block: SkeletonBlock): ContentNode {
  switch (block.kind) {
    case 'paragraph':
      return paragraph(block.text);
    case 'numberedList':
      return numberedList(block.items.map((text) => [text]));
  }
}

/** The text of a new item: the template's sections with their skeletons. */
export function sectionsContent(sections: readonly SectionTemplate[]): ItemContent {
  return content(
    sections.map((s) => section(s.key, s.title, s.printTitle, s.skeleton.map(skeletonNode))),
  );
}

export interface NewItemOptions {
  number?: string;
  title?: string;
  public?: boolean;
}

export function newItem(template: Template, options: NewItemOptions = {}): AgendaItem {
  return {
    id: createId('top'),
    number: options.number ?? '1',
    title: options.title ?? '',
    public: options.public ?? true,
    paperRef: '',
    fileRef: '',
    rapporteur: '',
    treatment: template.defaultTreatment,
    minutesNumber: '',
    content: sectionsContent(template.sections),
  };
}

/**
 * The items a new document starts with: the template's standing items ("Einwohnerfragestunde",
 * "Genehmigung des Protokolls") before and after one empty item for the meeting's own business,
 * numbered in order. A new document has no previous minutes to name, so "{previousMinutes}"
 * reads "der letzten Sitzung" (a Folgesitzung names them: core/body/follow-up.ts).
 */
export function initialItems(template: Template): AgendaItem[] {
  const standing = (position: 'start' | 'end') =>
    template.standingItems
      .filter((s) => (s.position ?? 'start') === position)
      .map((s) => ({
        ...newItem(template, {
          title: s.title.replaceAll('{previousMinutes}', 'der letzten Sitzung'),
          public: s.public,
        }),
        treatment: s.treatment ?? template.defaultTreatment,
      }));
  const items = [...standing('start'), newItem(template), ...standing('end')];
  return items.map((item, index) => ({ ...item, number: String(index + 1) }));
}

/** A new, empty document from a template: the header layout, rules and its first items. */
export function instantiateTemplate(template: Template): ProtocolDocument {
  return {
    id: createId('doc'),
    templateId: template.id,
    form: template.form,
    language: 'de-DE',
    body: { ...template.body },
    layout: {
      title: template.title,
      header: template.header.map((f) => ({ ...f })),
      itemHeader: template.itemHeader.map((f) => ({ ...f })),
      ...(template.agendaOverview ? { agendaOverview: true } : {}),
    },
    rules: {
      profile: template.rules.profile,
      signatories: template.rules.signatories.map((s) => ({ ...s, personId: '' })),
    },
    meeting: {
      minutesNumber: '',
      date: '',
      start: '',
      end: '',
      place: '',
      chairId: '',
      clerkId: '',
      convenedProperly: null,
      quorate: null,
    },
    people: [],
    attendance: [],
    items: initialItems(template),
    workflow: { state: 'draft', history: [] },
    comments: [],
    versions: [],
    signatures: [],
    corrections: [],
  };
}

export function templateOf(document: ProtocolDocument): Template | undefined {
  return findTemplate(document.templateId);
}
