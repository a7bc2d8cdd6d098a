import type { MessageKey } from '../../core/i18n/catalog';
import type { WorkflowState } from '../../core/model/schema';

/** The label of a step in the history: "Zur Prüfung gesendet", "Zurückgegeben", "Freigegeben". */
export function historyKey(entry: { to: WorkflowState }): MessageKey {
  if (entry.to === 'review') return 'reviewUi.history.sent';
  if (entry.to === 'approved') return 'reviewUi.history.approved';
  return 'reviewUi.history.returned';
}
