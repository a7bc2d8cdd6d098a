import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildKleinweilerExample } from '../../scripts/examples/kleinweiler';
import { instantiateTemplate } from '../templates/instantiate';
import { findTemplate } from '../templates/registry';
import {
  bodySnippetSetId,
  bundledSnippetSet,
  NEUTRAL_SNIPPETS,
  SNIPPET_SETS,
  starterSnippetSet,
} from './starter';
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

describe('the set a body starts with', () => {
  const stuttgart = () => instantiateTemplate(findTemplate('stuttgart-ausschuss-top')!);

  it("is neutral for a council of its own, Stuttgart's for the Stuttgart template", () => {
    const council = buildKleinweilerExample();
    expect(council.body.snippetSet).toBeUndefined();
    expect(bodySnippetSetId(council)).toBe('neutral');
    expect(
      starterSnippetSet(bodySnippetSetId(council))
        .snippets.map((s) => s.text)
        .join(),
    ).not.toMatch(/GRDrs|Referat/);
    expect(bodySnippetSetId(stuttgart())).toBe('stuttgart');
    // A file written before the body named a set still finds Stuttgart's through its template.
    const old = stuttgart();
    delete old.body.snippetSet;
    expect(bodySnippetSetId(old)).toBe('stuttgart');
    expect(
      starterSnippetSet(bodySnippetSetId(old))
        .snippets.map((s) => s.text)
        .join(),
    ).toMatch(/GRDrs/);
  });

  it('follows body.snippetSet by id or name; an unknown name falls back', () => {
    const council = buildKleinweilerExample();
    const named = (snippetSet: string) => ({ ...council, body: { ...council.body, snippetSet } });
    expect(bodySnippetSetId(named('stuttgart'))).toBe('stuttgart');
    expect(bodySnippetSetId(named('Stuttgart (Referat, GRDrs)'))).toBe('stuttgart');
    expect(bodySnippetSetId(named('Gemeinderat (neutral)'))).toBe('neutral');
    expect(bodySnippetSetId(named('Hausformat Kleinweiler'))).toBe('neutral');
    const old = stuttgart();
    expect(bodySnippetSetId({ ...old, body: { ...old.body, snippetSet: 'neutral' } })).toBe(
      'neutral',
    );
  });
});
