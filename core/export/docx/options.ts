import type { FontSet } from '../fonts';
import type { ItemProgress } from '../progress';
import type { ZipCodec } from './zip';

/** See DocxOptions.fontTails. */
export type FontTails = Partial<Record<keyof FontSet, Uint8Array>>;

export interface DocxOptions {
  fonts: FontSet;
  /**
   * Embed Arimo in the file (default: yes). Arimo is metric-compatible with Arial, so a Word
   * without Arimo would still break lines alike with Arial; embedded, the DOCX shows exactly
   * the letters of the PDF on any computer and in LibreOffice, which an official record
   * should. The price, measured in bench/rows/01-docx.ts: the file grows by about 0.4 MB
   * (regular and bold; the italic faces only come along when some text is italic) and zipping
   * the faces is the largest single cost of the export.
   */
  embedFonts?: boolean;
  /** Creation time written to the document properties (tests fix it). */
  now?: Date;
  /**
   * The platform's DEFLATE (Node's zlib in the host) to zip the package with; without it the
   * parts are stored uncompressed (the core has no DEFLATE of its own). The parts are the same
   * either way.
   */
  zip?: ZipCodec;
  /** Told when the parts are built ('docx') and when they are zipped ('zip'). */
  onPhase?: (phase: 'docx' | 'zip') => void;
  /** Told as each item is written into the document's XML (the progress of a long export). */
  onItem?: ItemProgress;
  /**
   * Who writes the package: our string writers ('xml', the default: package-xml.ts, without
   * loading docx, for minutes without Word comments; with comments, docx with our string body)
   * or docx with its own object tree ('docx', the reference the tests hold the others to).
   */
  body?: 'xml' | 'docx';
  /**
   * The embedded faces' font keys (GUIDs), one per face; random when not given. Tests give the
   * reference's keys to compare the font parts byte for byte.
   */
  fontKeys?: readonly string[];
  /**
   * Each face's raw DEFLATE from byte 32 on, made ahead (the CLI's build makes them: deflating
   * the faces was the largest part of zipping). The font key only changes the first 32 bytes,
   * so a face's part is those bytes as a stored block and this. Faces without one are
   * deflated as any part.
   */
  fontTails?: FontTails;
}
