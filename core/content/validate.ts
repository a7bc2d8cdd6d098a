import { z } from 'zod';
import type { ItemContent } from './nodes';
import { speakerFieldError, voteFieldError } from './nodes-protocol';

/** Deeper nesting than this is not something an editor produces; refusing it keeps walks safe. */
export const MAX_CONTENT_DEPTH = 48;
/** One text run may be long (a pasted chapter), but not unbounded. */
export const MAX_TEXT_LENGTH = 2_000_000;

type FieldCheck = (node: Record<string, unknown>) => string | null;

interface NodeRule {
  element: boolean;
  check?: FieldCheck;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringArray = (v: unknown): boolean => Array.isArray(v) && v.every(isString);

const textCheck: FieldCheck = (n) => {
  if (!isString(n.text)) return 'text';
  if (n.text.length > MAX_TEXT_LENGTH) return 'text';
  if (n.format !== undefined && typeof n.format !== 'number') return 'format';
  return null;
};

/**
 * Every node type the protocol text may contain. Anything else is refused on load: a file
 * we cannot render faithfully must not be opened and silently re-saved with less in it.
 */
const NODE_RULES: Readonly<Record<string, NodeRule>> = {
  root: { element: true },
  paragraph: { element: true },
  heading: {
    element: true,
    check: (n) => (isString(n.tag) && /^h[1-6]$/.test(n.tag) ? null : 'tag'),
  },
  quote: { element: true },
  list: {
    element: true,
    check: (n) =>
      n.listType === 'number' || n.listType === 'bullet' || n.listType === 'check'
        ? null
        : 'listType',
  },
  listitem: { element: true },
  table: { element: true },
  tablerow: { element: true },
  tablecell: { element: true },
  mark: { element: true, check: (n) => (isStringArray(n.ids) ? null : 'ids') },
  /** A tracked change proposed in review: text to insert or to delete (core/review/suggestions.ts). */
  suggestion: {
    element: true,
    check: (n) => {
      if (n.kind !== 'insert' && n.kind !== 'delete') return 'kind';
      if (!isString(n.id) || n.id.length === 0) return 'id';
      if (!isString(n.author)) return 'author';
      if (!isString(n.createdAt)) return 'createdAt';
      return null;
    },
  },
  'protocol-section': {
    element: true,
    check: (n) => {
      if (!isString(n.section) || n.section.length === 0) return 'section';
      if (!isString(n.title)) return 'title';
      if (typeof n.printTitle !== 'boolean') return 'printTitle';
      return null;
    },
  },
  text: { element: false, check: textCheck },
  tab: { element: false },
  linebreak: { element: false },
  // The protocol's own decorator nodes (nodes-protocol.ts).
  speaker: { element: false, check: speakerFieldError },
  vote: { element: false, check: voteFieldError },
};

export function isKnownContentType(type: string): boolean {
  return Object.hasOwn(NODE_RULES, type);
}

export interface ContentIssue {
  /** Catalog key of the problem. */
  key: 'content.notObject' | 'content.unknownType' | 'content.badField' | 'content.tooDeep';
  params: Record<string, string | number>;
  path: (string | number)[];
}

/** A node still to check: where it sits is kept as a link to its parent, the path built only for an issue. */
interface Pending {
  node: unknown;
  parent: Pending | null;
  index: number;
  depth: number;
}

function pathOf(entry: Pending): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Pending | null = entry; at; at = at.parent) {
    if (at.parent) path.push(at.index, 'children');
    else path.push('root');
  }
  return path.reverse();
}

/**
 * Walks the tree iteratively (hostile files may nest deeper than the call stack). Each node's
 * path is only spelled out when it has an issue: building it for every node of a 60-item
 * meeting was most of the check's cost when a file is read (issue 17).
 */
export function findContentIssue(value: unknown): ContentIssue | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { key: 'content.notObject', params: {}, path: [] };
  }
  const root = (value as { root?: unknown }).root;
  const stack: Pending[] = [{ node: root, parent: null, index: 0, depth: 0 }];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const { node, depth } = entry;
    if (depth > MAX_CONTENT_DEPTH) {
      return { key: 'content.tooDeep', params: { max: MAX_CONTENT_DEPTH }, path: pathOf(entry) };
    }
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      return { key: 'content.notObject', params: {}, path: pathOf(entry) };
    }
    const record = node as Record<string, unknown>;
    const type = record.type;
    if (!isString(type) || !isKnownContentType(type)) {
      return {
        key: 'content.unknownType',
        // JSON, not String(): a hostile object's own toString could throw.
        params: {
          type: isString(type)
            ? type.slice(0, 60)
            : (JSON.stringify(type) ?? typeof type).slice(0, 60),
        },
        path: pathOf(entry),
      };
    }
    if (depth === 0 && type !== 'root') {
      return { key: 'content.unknownType', params: { type }, path: pathOf(entry) };
    }
    const rule = NODE_RULES[type]!;
    const bad = rule.check?.(record);
    if (bad) return { key: 'content.badField', params: { type, field: bad }, path: pathOf(entry) };
    if (rule.element) {
      const children = record.children;
      if (!Array.isArray(children)) {
        return {
          key: 'content.badField',
          params: { type, field: 'children' },
          path: pathOf(entry),
        };
      }
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push({ node: children[i], parent: entry, index: i, depth: depth + 1 });
      }
    }
  }
  return null;
}

export const contentSchema = z.unknown().transform((value, ctx) => {
  const issue = findContentIssue(value);
  if (issue) {
    ctx.addIssue({ code: 'custom', message: issue.key, params: issue.params, path: issue.path });
    return z.NEVER;
  }
  return value as ItemContent;
});
