import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledSnippetSet, NEUTRAL_SNIPPETS, SNIPPET_SETS } from './starter';
import { validateSnippets } from './validate';

describe('bundled snippet sets', () => {
  it('the neutral set speaks no Stuttgart and keeps the shortcuts', () => {
    const text = NEUTRAL_SNIPPETS.map((s) => s.text).join('\n');
    expect(text).not.toMatch(/Referat|GRDrs|Hauptaktei/);
    expect(validateSnippets(NEUTRAL_SNIPPETS)).toEqual([]);
    const stuttgart = SNIPPET_SETS.find((s) => s.id === 'stuttgart')!.snippets;
    expect(NEUTRAL_SNIPPETS.map((s) => s.shortcut).sort()).toEqual(
      stuttgart.map((s) => s.shortcut).sort(),
    );
  });

  it('both sets ship as files the snippet import reads', () => {
    for (const id of ['neutral', 'stuttgart'] as const) {
      const file = JSON.parse(
        readFileSync(new URL(`../../assets/snippets/${id}.json`, import.meta.url), 'utf8'),
      );
      expect(file).toEqual(bundledSnippetSet(id));
    }
  });
});
