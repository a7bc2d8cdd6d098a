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

/** A new, empty document from a template: the header layout, rules and one empty item. */
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
    items: [newItem(template)],
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
