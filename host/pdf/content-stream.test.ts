import { describe, expect, it } from 'vitest';
import { markArtifacts, readOperators } from './content-stream';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array | null) => (data ? new TextDecoder('latin1').decode(data) : null);
// A4 with 20 mm margins, as Chromium writes pages: y grows upwards after the flip.
const options = { pageHeight: 842, marginTopPt: 56.7, marginBottomPt: 56.7 };

describe('content stream artifacts', () => {
  it('reads operators with strings, names, arrays and dictionaries as operands', () => {
    const ops = readOperators(
      bytes(
        '/Span <</MCID 3 /ActualText (a\\) b (c) Tm)>>BDC [(x) -20 <00ff>] TJ EMC % Tm\n' +
          'q BT 1 0 0 -1 .5 -20 Tm ET',
      ),
    )!;
    expect(ops.map((op) => op.name)).toEqual(['BDC', 'TJ', 'EMC', 'q', 'BT', 'Tm', 'ET']);
    expect(ops[0]!.start).toBe(0);
    expect(ops[5]!.operands).toEqual(['1', '0', '0', '-1', '.5', '-20']);
    expect(readOperators(bytes('q BI /W 1 /H 1 ID \x00\xff EI Q'))).toBeNull();
  });

  it('wraps untagged text at the top as header, at the bottom as footer, drawings as plain artifacts', () => {
    const stream =
      '1 0 0 -1 0 842 cm\n' +
      'q 1 1 1 rg 0 0 595 842 re f Q\n' +
      'q\nBT /F1 12 Tf 1 0 0 -1 400 30 Tm <0001> Tj ET\n' +
      'BT /F1 9 Tf 1 0 0 -1 250 820 Tm <0002> Tj ET\nQ\n' +
      'q 70 70 455 700 re W n\n' +
      '/P <</MCID 0>>BDC BT 1 0 0 -1 70 100 Tm <0003> Tj ET EMC\nQ';
    const out = text(markArtifacts(bytes(stream), options))!;
    expect(out).toBe(
      '1 0 0 -1 0 842 cm\n' +
        'q 1 1 1 rg /Artifact BMC\n0 0 595 842 re f\nEMC Q\n' +
        'q\n/Artifact <</Type /Pagination /Subtype /Header>> BDC\nBT /F1 12 Tf 1 0 0 -1 400 30 Tm <0001> Tj ET\nEMC\n' +
        '/Artifact <</Type /Pagination /Subtype /Footer>> BDC\nBT /F1 9 Tf 1 0 0 -1 250 820 Tm <0002> Tj ET\nEMC\nQ\n' +
        'q 70 70 455 700 re W n\n' +
        '/P <</MCID 0>>BDC BT 1 0 0 -1 70 100 Tm <0003> Tj ET EMC\nQ',
    );
  });

  it('places a text object by its first glyph, moved there by Td, whatever follows it', () => {
    // Chromium places nearly every glyph with a Td of its own; only those before the first one
    // say where the text object is.
    const stream =
      '1 0 0 -1 0 842 cm\n' +
      'BT /F1 9 Tf 1 0 0 -1 250 400 Tm 0 -420 Td <0002> Tj 5 600 Td <0003> Tj 5 0 Td <0004> Tj ET';
    const out = text(markArtifacts(bytes(stream), options))!;
    expect(out).toContain('/Subtype /Footer>> BDC\nBT /F1 9 Tf');
    const ops = readOperators(bytes(stream))!;
    expect(ops.filter((op) => op.name === 'Td').map((op) => op.operands)).toEqual([
      ['0', '-420'],
      ['5', '600'],
      ['5', '0'],
    ]);
    // Words longer than an operator and repeated short ones are read the same every time.
    expect(readOperators(bytes('true false null Tj q q Q Q'))!.map((op) => op.name)).toEqual([
      'Tj',
      'q',
      'q',
      'Q',
      'Q',
    ]);
  });

  it('leaves a stream whose content is all marked as it is', () => {
    const stream = 'q /P <</MCID 0>>BDC 0 0 1 1 re f EMC Q';
    expect(markArtifacts(bytes(stream), options)).toBeNull();
  });
});
