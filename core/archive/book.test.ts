import { describe, expect, it } from 'vitest';
import { buildKleinweilerExample } from '../../scripts/examples/kleinweiler';
import { beschlussbuch, bookToCsv } from './book';

describe('Beschlussbuch', () => {
  const document = buildKleinweilerExample();
  const nonPublic = document.items.filter((i) => !i.public);

  it('lists public resolutions only, from the public view, and counts what it left out', () => {
    expect(nonPublic.length).toBeGreaterThan(0);
    const book = beschlussbuch([{ file: 'gr.protokoll', document }], { includeNonPublic: false });
    expect(book.rows.length).toBeGreaterThan(0);
    expect(book.rows.every((r) => r.public)).toBe(true);
    expect(book.nonPublicLeftOut).toBeGreaterThan(0);
    const csv = bookToCsv(book);
    for (const item of nonPublic) {
      if (item.title) expect(csv).not.toContain(item.title);
    }
    expect(csv).not.toContain('(nichtöffentlich)');
  });

  it('includes non-public resolutions, marked, only when asked', () => {
    const book = beschlussbuch([{ file: 'gr.protokoll', document }], { includeNonPublic: true });
    const hidden = beschlussbuch([{ file: 'gr.protokoll', document }], {
      includeNonPublic: false,
    });
    expect(book.nonPublicLeftOut).toBe(0);
    expect(book.rows.length).toBe(hidden.rows.length + hidden.nonPublicLeftOut);
    expect(bookToCsv(book)).toContain('(nichtöffentlich)');
  });

  it('orders rows across files by date and minutes number', () => {
    const later = {
      ...document,
      meeting: { ...document.meeting, date: '2026-11-11', minutesNumber: '10/2026' },
    };
    const earlier = {
      ...document,
      meeting: { ...document.meeting, date: '2026-10-14', minutesNumber: '9/2026' },
    };
    const book = beschlussbuch(
      [
        { file: 'b.protokoll', document: later },
        { file: 'a.protokoll', document: earlier },
      ],
      { includeNonPublic: false },
    );
    expect(book.rows[0]!.file).toBe('a.protokoll');
    expect(book.rows.at(-1)!.file).toBe('b.protokoll');
  });
});
