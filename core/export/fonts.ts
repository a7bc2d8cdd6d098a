/**
 * The one font of every export: Arimo (SIL Open Font License 1.1), metric-compatible with Arial, the
 * usual font of German administrations. The core takes the font files as bytes from whoever
 * calls it (Node reads them from disk, the renderer fetches them), so it stays platform-free.
 */
export const FONT_FAMILY = 'Arimo';

export interface FontSet {
  regular: Uint8Array;
  bold: Uint8Array;
  italic: Uint8Array;
  boldItalic: Uint8Array;
}

export const FONT_FILES: Record<keyof FontSet, string> = {
  regular: '400Regular/Arimo_400Regular.ttf',
  bold: '700Bold/Arimo_700Bold.ttf',
  italic: '400Regular_Italic/Arimo_400Regular_Italic.ttf',
  boldItalic: '700Bold_Italic/Arimo_700Bold_Italic.ttf',
};
