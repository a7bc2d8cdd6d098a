import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The renderer's CSS once grew three class prefixes (pk-, mt- for the meeting pages, ws- for
 * the workspace) and twin rules for the same thing drifted apart (issue 13). Every class a
 * renderer stylesheet selects is now `pk-…` (a thing) or `is-…` (a state modifier); this test
 * reads every renderer/**\/*.css and fails on any other class, so the drift cannot come back.
 */
const RENDERER = fileURLToPath(new URL('../renderer/', import.meta.url));
const ALLOWED = /^(pk|is)-[a-z0-9]/;

async function cssFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await cssFiles(path)));
    else if (entry.name.endsWith('.css')) found.push(path);
  }
  return found;
}

/**
 * The class names in the selectors of a stylesheet. Only the text before each `{` is a
 * selector (or an at-rule prelude); declarations such as `opacity: 0.5` or `url(a.svg)` are
 * skipped, and so are comments and quoted strings (`content: '.'`, `[href$='.pdf']`).
 */
export function selectorClasses(css: string): string[] {
  const text = css
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, '""');
  const classes: string[] = [];
  const prelude = /([^{};]*)\{/g;
  for (let match = prelude.exec(text); match; match = prelude.exec(text)) {
    const selector = match[1]!;
    if (selector.trim().startsWith('@')) continue;
    for (const cls of selector.matchAll(/\.(-?[A-Za-z_][\w-]*)/g)) classes.push(cls[1]!);
  }
  return classes;
}

describe('renderer CSS uses one class prefix', () => {
  it('finds classes in selectors, not in declarations, comments or strings', () => {
    const sample = [
      '/* .commented-out */',
      '.pk-a > .mt-b:hover, .ws-c.is-open { opacity: 0.5; background: url(x.svg); }',
      "@media (max-width: 900px) { .pk-d[data-x='.no'] { content: '.'; } }",
    ].join('\n');
    expect(selectorClasses(sample)).toEqual(['pk-a', 'mt-b', 'ws-c', 'is-open', 'pk-d']);
    expect(selectorClasses(sample).filter((c) => !ALLOWED.test(c))).toEqual(['mt-b', 'ws-c']);
  });

  it('every class selected in renderer/**/*.css starts with pk- or is-', async () => {
    const files = await cssFiles(RENDERER);
    // The scan must see the stylesheets it guards, or it would pass on nothing.
    expect(files.length).toBeGreaterThan(10);
    const offenders: string[] = [];
    let seen = 0;
    for (const file of files) {
      const classes = selectorClasses(await readFile(file, 'utf8'));
      seen += classes.length;
      for (const cls of new Set(classes)) {
        if (!ALLOWED.test(cls)) offenders.push(`${relative(RENDERER, file)}: .${cls}`);
      }
    }
    expect(seen).toBeGreaterThan(500);
    expect(offenders).toEqual([]);
  });
});
