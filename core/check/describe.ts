import { t, type Lang } from '../i18n/catalog';
import type { ProtocolDocument } from '../model/schema';
import { fieldLabel } from './check';
import type { Finding } from './finding';

/** Where a finding points, the way a clerk reads the document: "TOP 3 › Abstimmung". */
export function findingPlace(document: ProtocolDocument, finding: Finding, lang: Lang): string {
  const parts: string[] = [];
  if (finding.itemId) {
    const item = document.items.find((i) => i.id === finding.itemId);
    parts.push(
      item && item.number.trim()
        ? t(lang, 'where.item', { number: item.number.trim() })
        : t(lang, 'where.itemIndex', {
            index: document.items.findIndex((i) => i.id === finding.itemId) + 1,
          }),
    );
  }
  if (finding.field) parts.push(fieldLabel(lang, finding.field));
  return parts.length > 0 ? parts.join(' › ') : t(lang, 'where.document');
}

/**
 * What a finding says, in the UI language. A finding from a rule whose wording was not read in
 * a text of the law says so: the check must not present an unread rule as the law's.
 */
export function findingText(finding: Finding, lang: Lang): string {
  const text = t(lang, finding.messageKey, finding.params);
  return finding.lawUnverified ? `${text} ${t(lang, 'check.lawUnverified')}` : text;
}

/** One line per finding: "TOP 3 › Abstimmung: Erfasst sind 9 Stimmen …". */
export function describeFinding(document: ProtocolDocument, finding: Finding, lang: Lang): string {
  return `${findingPlace(document, finding, lang)}: ${findingText(finding, lang)}`;
}
