import { describe, expect, it } from 'vitest';
import { starterSnippetSet } from '../../../core/snippets/starter';
import { mergeSnippetSets } from './library';

describe('importing snippets into the set in use', () => {
  it('replaces snippets of the same id in place and appends new ones, keeping the set name', () => {
    const current = starterSnippetSet();
    const merged = mergeSnippetSets(current, {
      ...current,
      name: 'Nachbargemeinde',
      snippets: [
        { id: 'schluss', name: 'Schluss', text: '{Vorsitz} schließt.' },
        { id: 'pause', name: 'Pause', text: 'Pause.', shortcut: 'pause' },
      ],
    });
    expect(merged.name).toBe(current.name);
    expect(merged.snippets).toHaveLength(current.snippets.length + 1);
    const at = current.snippets.findIndex((s) => s.id === 'schluss');
    expect(merged.snippets[at]).toEqual({
      id: 'schluss',
      name: 'Schluss',
      text: '{Vorsitz} schließt.',
    });
    expect(merged.snippets.at(-1)?.id).toBe('pause');
    // The input sets are left as they were.
    expect(current.snippets[at]?.name).toBe('Schluss der Sitzung');
  });
});
