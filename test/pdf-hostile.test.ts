import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraph } from '../core/content/build';
import { parseProtokoll } from '../core/file/format';
import type { ProtocolDocument } from '../core/model/schema';
import { renderExport } from '../host/export/render';
import { createChromiumEngine } from '../host/pdf/chromium';
import { launchTestBrowser } from './support/chromium';
import { pdfInfo, pdfReadingText, pdfText, qdfText, tempFile } from './support/pdf';
import { KLEINWEILER_EXAMPLE } from './support/seed';

/**
 * Whatever a document holds is text: markup, script and URLs typed into titles, paragraphs
 * and header fields come out as the same characters, never as elements, handlers or actions.
 */
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
];

function hostileDocument(): ProtocolDocument {
  const doc = parseProtokoll(readFileSync(KLEINWEILER_EXAMPLE, 'utf8'), 'kleinweiler');
  doc.items.forEach((item, index) => {
    const text = HOSTILE[index % HOSTILE.length]!;
    item.title = text;
    item.content.root.children.push(paragraph(`Absatz ${text} Ende`));
  });
  doc.meeting.place = HOSTILE[3]!;
  doc.meeting.minutesNumber = '</span><script>alert(2)</script>';
  doc.body.name = `${HOSTILE[1]} Gemeinderat`;
  return doc;
}

const engine = createChromiumEngine();
let browser: Browser;
beforeAll(async () => {
  browser = await launchTestBrowser();
});
afterAll(async () => {
  await browser?.close();
  await engine.close();
});

interface ParsedPage {
  forbidden: string[];
  handlers: string[];
  scriptUrls: string[];
  metas: string[];
  text: string;
}

/** Parses HTML as Chromium does (JavaScript off) and reports what a payload could become. */
async function inspect(html: string): Promise<ParsedPage> {
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  try {
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html);
    return await page.evaluate(() => {
      const all = [...document.querySelectorAll('*')];
      const forbidden = all
        .filter((el) =>
          [
            'script',
            'img',
            'svg',
            'iframe',
            'object',
            'embed',
            'a',
            'link',
            'base',
            'form',
          ].includes(el.localName),
        )
        .map((el) => el.outerHTML);
      const attributes = all.flatMap((el) => [...el.attributes]);
      return {
        forbidden,
        handlers: attributes.filter((a) => a.name.startsWith('on')).map((a) => a.name),
        scriptUrls: attributes.filter((a) => /javascript:/i.test(a.value)).map((a) => a.value),
        metas: [...document.querySelectorAll('meta[http-equiv]')].map(
          (m) => `${m.getAttribute('http-equiv')}: ${m.getAttribute('content')}`,
        ),
        text: document.body.textContent ?? '',
      };
    });
  } finally {
    await context.close();
  }
}

describe('hostile text', () => {
  const doc = hostileDocument();

  it('stays text in the print HTML', async () => {
    const html = new TextDecoder().decode(await renderExport(doc, 'html'));
    const parsed = await inspect(html);
    expect(parsed.forbidden).toEqual([]);
    expect(parsed.handlers).toEqual([]);
    expect(parsed.scriptUrls).toEqual([]);
    expect(parsed.metas).toEqual([
      "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'",
    ]);
    for (const text of HOSTILE) expect(parsed.text).toContain(`Absatz ${text} Ende`);
    expect(parsed.text).toContain(HOSTILE[3]);
  });

  it('stays text in the page footer (a CSS string in the page margin)', async () => {
    const pdf = tempFile(
      'hostile-footer.pdf',
      await renderExport(doc, 'pdf', { pdfEngine: engine }),
    );
    expect(pdfText(pdf, 1)).toContain(
      'Niederschrift Nr. </span><script>alert(2)</script> – Seite 1 von',
    );
  });

  it('stays text in the PDF, which has no JavaScript, actions or links', async () => {
    const pdf = tempFile('hostile.pdf', await renderExport(doc, 'pdf', { pdfEngine: engine }));
    const text = pdfReadingText(pdf, [/– Seite \d+ von \d+$/, /^ENTWURF/]);
    for (const hostile of HOSTILE) expect(text).toContain(`Absatz ${hostile} Ende`);
    expect(pdfInfo(pdf).JavaScript).toBe('no');
    const raw = qdfText(pdf);
    for (const name of [
      '/JavaScript',
      '/JS',
      '/OpenAction',
      '/Launch',
      '/URI',
      '/AA',
      '/SubmitForm',
      '/GoToR',
      '/Annots',
    ]) {
      expect(raw, name).not.toMatch(new RegExp(`${name}[\\s/<(\\[]`));
    }
  });
});
