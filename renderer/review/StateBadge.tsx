import type { WorkflowState } from '../../core/model/schema';
import { useT } from '../ui/i18n';

const MARK: Record<WorkflowState, string> = { draft: '✎', review: '◔', approved: '✓' };

/** The workflow state as a badge: a word and a sign, never colour alone. */
export function StateBadge({ state, large }: { state: WorkflowState; large?: boolean }) {
  const t = useT();
  return (
    <span
      className={`pk-state-badge is-${state}${large ? ' is-large' : ''}`}
      data-testid="review-state"
      data-state={state}
    >
      <span className="pk-state-mark" aria-hidden="true">
        {MARK[state]}
      </span>
      {t(`review.state.${state}`)}
    </span>
  );
}
