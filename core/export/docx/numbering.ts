// Types only: the fast path (package-xml.ts) must not load docx.
import type { ILevelsOptions, NumberingDefinition } from 'docx';
import { mmToTwip } from '../house-layout';
import { ARIMO } from './styles';

/** Levels a DOCX list can have (Word's limit). Deeper print-model lists stay on the last one. */
export const MAX_LEVEL = 8;

/** Indent of each list level: the number at the level's start, the text one step further. */
const STEP = mmToTwip(7.5);
const BULLETS = ['•', '–', '▪'] as const;

export interface ListReference {
  reference: string;
  level: number;
  instance: number;
}

function levels(ordered: boolean, start: number): ILevelsOptions[] {
  return Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({
    level,
    format: ordered ? 'decimal' : 'bullet',
    text: ordered ? `%${level + 1}.` : BULLETS[level % BULLETS.length]!,
    start: ordered ? start : 1,
    alignment: 'left',
    style: {
      // The number or bullet in Arimo too, so Word does not draw it in Symbol.
      run: { font: ARIMO },
      paragraph: { indent: { left: STEP * (level + 1), hanging: STEP } },
    },
  }));
}

/**
 * Hands out the numbering of the document's lists. Every print-model list, nested ones too,
 * is a numbering instance of its own: Word and LibreOffice then number each list from its own
 * `start`, and a list after a heading or another list never continues the one before. docx
 * writes an instance as a w:num with a start override of every level, which both honour.
 */
export class ListNumbering {
  private readonly definitions = new Map<string, NumberingDefinition>();
  private nextInstance = 1;

  /** The numbering of a new list, at the given nesting depth. */
  open(ordered: boolean, start: number, depth: number): ListReference {
    const first = ordered ? Math.max(0, Math.floor(start)) : 1;
    const reference = ordered ? `ordered-from-${first}` : 'bullet';
    if (!this.definitions.has(reference)) {
      this.definitions.set(reference, { reference, levels: levels(ordered, first) });
    }
    return { reference, level: Math.min(depth, MAX_LEVEL), instance: this.nextInstance++ };
  }

  /** Indent of a list level's text, for the item's further paragraphs. */
  static textIndent(level: number): number {
    return STEP * (Math.min(level, MAX_LEVEL) + 1);
  }

  get config(): NumberingDefinition[] {
    return [...this.definitions.values()];
  }
}
