import regularUrl from '@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf?url';
import italicUrl from '@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf?url';
import boldUrl from '@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf?url';
import boldItalicUrl from '@expo-google-fonts/arimo/700Bold_Italic/Arimo_700Bold_Italic.ttf?url';
import { FONT_FAMILY, type FontSet } from '../../core/export/fonts';

/**
 * The document font in the renderer: the same Arimo files the exports embed, registered for
 * the editor's page and fetched as bytes for the print preview (the core's print HTML embeds
 * them). Served by our own origin, so the strict CSP's font-src 'self' covers them.
 */
const faces: { url: string; weight: string; style: string; key: keyof FontSet }[] = [
  { url: regularUrl, weight: '400', style: 'normal', key: 'regular' },
  { url: boldUrl, weight: '700', style: 'normal', key: 'bold' },
  { url: italicUrl, weight: '400', style: 'italic', key: 'italic' },
  { url: boldItalicUrl, weight: '700', style: 'italic', key: 'boldItalic' },
];

export function registerDocumentFonts(): void {
  for (const face of faces) {
    const font = new FontFace(FONT_FAMILY, `url(${face.url})`, {
      weight: face.weight,
      style: face.style,
    });
    document.fonts.add(font);
    void font.load().catch(() => undefined);
  }
}

let fontSet: Promise<FontSet> | null = null;

export function loadFontSet(): Promise<FontSet> {
  fontSet ??= (async () => {
    const entries = await Promise.all(
      faces.map(
        async (face) =>
          [face.key, new Uint8Array(await (await fetch(face.url)).arrayBuffer())] as const,
      ),
    );
    return Object.fromEntries(entries) as unknown as FontSet;
  })();
  return fontSet;
}
