import type { PrintMeta } from '../print-model';
import { xmlSafeLine } from './xml';

const escape = (text: string): string =>
  xmlSafeLine(text).replace(
    /[<>&"']/g,
    (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]!};`,
  );

/**
 * docProps/core.xml, written here rather than by docx because docx has no field for the
 * document's language (dc:language), which screen readers and archives read, nor for the
 * status (cp:contentStatus: Entwurf / Endfassung).
 */
export function corePropertiesXml(
  meta: PrintMeta,
  when: Date,
  status: 'draft' | 'final' = 'draft',
): string {
  const stamp = when.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const element = (name: string, value: string) =>
    value ? `<${name}>${escape(value)}</${name}>` : '';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties' +
    ' xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"' +
    ' xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/"' +
    ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', meta.title) +
    element('dc:subject', meta.subject) +
    element('dc:creator', meta.author) +
    element('cp:keywords', meta.keywords.join(', ')) +
    element('dc:language', meta.language) +
    // Word's "Status" field; "Endfassung" once the minutes are signed off.
    element('cp:contentStatus', status === 'draft' ? 'Entwurf' : 'Endfassung') +
    element('cp:lastModifiedBy', meta.author) +
    '<cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
