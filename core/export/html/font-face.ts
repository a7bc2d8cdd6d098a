import { FONT_FAMILY, type FontSet } from '../fonts';
import { encodeBase64 } from '../../util/base64';

const FACES: { key: keyof FontSet; weight: number; style: 'normal' | 'italic' }[] = [
  { key: 'regular', weight: 400, style: 'normal' },
  { key: 'bold', weight: 700, style: 'normal' },
  { key: 'italic', weight: 400, style: 'italic' },
  { key: 'boldItalic', weight: 700, style: 'italic' },
];

// The app prints many documents with the same font bytes: encode each set once.
const cache = new WeakMap<FontSet, string>();

/**
 * @font-face rules carrying Arimo as data: URLs, so the print page needs no file and no
 * network (its CSP allows fonts from data: only) and Chromium embeds exactly these fonts.
 */
export function fontFaceCss(fonts: FontSet): string {
  let css = cache.get(fonts);
  if (css === undefined) {
    css = FACES.map(
      ({ key, weight, style }) =>
        `@font-face{font-family:"${FONT_FAMILY}";font-weight:${weight};font-style:${style};` +
        `src:url(data:font/ttf;base64,${encodeBase64(fonts[key])}) format("truetype")}`,
    ).join('\n');
    cache.set(fonts, css);
  }
  return css;
}
