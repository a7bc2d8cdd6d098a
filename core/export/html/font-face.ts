import { FONT_FAMILY, type FontSet } from '../fonts';
import { encodeBase64 } from '../../util/base64';
import { TrueTypeFont } from './font-subset';

export type FaceKey = keyof FontSet;

const FACES: Record<FaceKey, { weight: number; style: 'normal' | 'italic' }> = {
  regular: { weight: 400, style: 'normal' },
  bold: { weight: 700, style: 'normal' },
  italic: { weight: 400, style: 'italic' },
  boldItalic: { weight: 700, style: 'italic' },
};

// The app prints many documents with the same font bytes: parse each face once.
const parsed = new WeakMap<Uint8Array, TrueTypeFont>();

function fontOf(bytes: Uint8Array): TrueTypeFont {
  let font = parsed.get(bytes);
  if (!font) {
    font = new TrueTypeFont(bytes);
    parsed.set(bytes, font);
  }
  return font;
}

/**
 * Characters the page may draw besides the document's strings: escaped markup characters and
 * the digits and marks of list numbers, page numbers and bullets (CSS generated content).
 */
const ALWAYS = '&<>"\'0123456789.–•▪ \u00a0\uFFFD';

/** The code points of the given texts (and of ALWAYS). */
export function codePointsOf(...texts: string[]): Set<number> {
  const set = new Set<number>();
  for (const text of [ALWAYS, ...texts]) for (const ch of text) set.add(ch.codePointAt(0)!);
  return set;
}

/** Arimo cut to what one print document shows, as data: URLs, one per face. */
export type PrintFontUrls = Record<FaceKey, string>;

/**
 * The fonts of one print page: every face cut to every character of `texts`, the page's body
 * as written (its markup too: a few extra ASCII glyphs cost less than a missing one) and the
 * texts of the page margins.
 */
export function printFontUrls(
  texts: readonly string[],
  fonts: FontSet,
  faces: readonly FaceKey[],
): Partial<PrintFontUrls> {
  const wanted = [...codePointsOf(...texts)];
  const urls: Partial<PrintFontUrls> = {};
  for (const key of faces) {
    urls[key] = `data:font/ttf;base64,${encodeBase64(fontOf(fonts[key]).subset(wanted))}`;
  }
  return urls;
}

/**
 * @font-face rules carrying Arimo as data: URLs: the page needs no file and no network (its
 * CSP allows fonts from data: only), and Chromium embeds exactly these fonts.
 */
export function fontFaceCss(urls: Partial<PrintFontUrls>): string {
  return (Object.keys(FACES) as FaceKey[])
    .filter((key) => urls[key] !== undefined)
    .map((key) => {
      const { weight, style } = FACES[key];
      return (
        `@font-face{font-family:"${FONT_FAMILY}";font-weight:${weight};font-style:${style};` +
        `src:url(${urls[key]!}) format("truetype")}`
      );
    })
    .join('\n');
}
