/**
 * The few platform globals the pure core may use: the encoding API, present in every
 * JavaScript runtime we target (browsers, Node, Electron). Declared here, for the core's own
 * type-check only, because the core is checked without the DOM library and without Node's
 * types; anything else from a platform fails to type-check.
 */
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  decode(input?: ArrayBufferView | ArrayBuffer): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
