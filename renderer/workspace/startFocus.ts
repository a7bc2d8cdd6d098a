/**
 * The first header field a new document still needs: a text field, date or list without a
 * value (radio groups and check boxes are choices, not gaps). Null when the header is complete.
 */
export function firstEmptyField(region: ParentNode | null): HTMLElement | null {
  if (!region) return null;
  const fields = region.querySelectorAll<
    HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement
  >('input, select, textarea');
  for (const field of fields) {
    if (field.disabled || ('readOnly' in field && field.readOnly)) continue;
    if (field instanceof HTMLInputElement && ['radio', 'checkbox', 'hidden'].includes(field.type))
      continue;
    if (field.value.trim() === '') return field;
  }
  return null;
}
