import { useMemo, useState } from 'react';
import {
  VOTE_CHOICES,
  VOTE_OUTCOMES,
  type VoteChoice,
  type VoteJSON,
} from '../../../core/content/nodes-protocol';
import type { Lang } from '../../../core/i18n/catalog';
import type { ProtocolDocument } from '../../../core/model/schema';
import { votingMembers } from '../../../core/rules/chair';
import { formalName, mentionName } from '../../../core/style/names';
import { translator } from '../../ui/i18n';
import { Modal } from '../../ui/Modal';
import {
  countsApply,
  draftFromVote,
  reviewVote,
  voteFromDraft,
  withOutcome,
  type VoteDraft,
} from './draft';

export interface VoteDialogProps {
  document: ProtocolDocument;
  itemId: string | null;
  lang: Lang;
  /** The vote being edited; null for a new one. */
  initial: VoteJSON | null;
  /** People named before the vote in the item (for the preview's first mentions). */
  mentionedBefore?: ReadonlySet<string>;
  onSubmit: (vote: VoteJSON) => void;
  onCancel: () => void;
}

const CHOICE_KEYS = {
  ja: 'editor.vote.yes',
  nein: 'editor.vote.no',
  enthaltung: 'editor.vote.abstain',
} as const;

/**
 * The vote result as the clerk records it: outcome, counts where they apply, the subject,
 * members excluded for Befangenheit and, optionally, a roll call. Beside the form, live: who
 * is present and entitled at the item, what core's vote check finds, and the sentence that
 * will stand in the minutes.
 */
export function VoteDialog(props: VoteDialogProps) {
  const { document, itemId, lang, initial } = props;
  const tr = translator(lang);
  const [draft, setDraft] = useState<VoteDraft>(() => draftFromVote(initial));
  const rosterOrder = useMemo(() => document.people.map((p) => p.id), [document.people]);
  const vote = useMemo(() => voteFromDraft(draft, rosterOrder), [draft, rosterOrder]);
  const review = useMemo(
    () => reviewVote(document, itemId, vote, lang, props.mentionedBefore),
    [document, itemId, vote, lang, props.mentionedBefore],
  );
  const voters = useMemo(() => votingMembers(document), [document]);
  const callable = review.presence.known
    ? review.presence.entitled
    : voters.filter((p) => !draft.excluded.includes(p.id));
  const applies = countsApply(draft.outcome);
  const total = vote.counts ? vote.counts.yes + vote.counts.no + vote.counts.abstain : 0;
  const item = document.items.find((i) => i.id === itemId);

  const set = (patch: Partial<VoteDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const count = (field: 'yes' | 'no' | 'abstain', label: string) => (
    <label className="pk-vote-count">
      <span>{label}</span>
      <input
        type="number"
        name={field}
        min={0}
        max={10000}
        value={draft.named ? (vote.counts?.[field] ?? 0) : draft[field]}
        readOnly={draft.named}
        onChange={(e) => set({ [field]: Number(e.target.value) })}
      />
    </label>
  );

  return (
    <Modal
      focusOnly
      title={tr(initial ? 'editor.vote.editTitle' : 'editor.vote.insertTitle')}
      className="pk-vote-dialog"
      testId="vote-dialog"
      onSubmit={() => props.onSubmit(vote)}
      onCancel={props.onCancel}
      footer={
        <>
          <button type="button" className="pk-button" onClick={props.onCancel}>
            {tr('editor.dialog.cancel')}
          </button>
          <button type="submit" className="pk-button pk-button--primary" name="submit">
            {tr(initial ? 'editor.vote.apply' : 'editor.vote.insert')}
          </button>
        </>
      }
    >
      <div className="pk-vote-form">
        <fieldset className="pk-fieldset pk-vote-outcomes">
          <legend>{tr('editor.vote.outcome')}</legend>
          {VOTE_OUTCOMES.map((outcome) => (
            <label key={outcome} className="pk-radio">
              <input
                type="radio"
                name="outcome"
                value={outcome}
                checked={draft.outcome === outcome}
                data-autofocus={draft.outcome === outcome ? '' : undefined}
                onChange={() => setDraft((d) => withOutcome(d, outcome))}
              />
              <span>{tr(`vote.outcome.${outcome}`)}</span>
            </label>
          ))}
        </fieldset>

        <div className="pk-vote-details">
          <label className="pk-field">
            <span>{tr('editor.vote.subject')}</span>
            <input
              type="text"
              name="subject"
              value={draft.subject}
              maxLength={2000}
              onChange={(e) => set({ subject: e.target.value })}
            />
          </label>

          {applies && (
            <fieldset className="pk-fieldset">
              <legend>{tr('editor.vote.counts')}</legend>
              <label className="pk-check">
                <input
                  type="checkbox"
                  name="counted"
                  checked={draft.counted || draft.named}
                  disabled={draft.named}
                  onChange={(e) => set({ counted: e.target.checked })}
                />
                <span>{tr('editor.vote.counted')}</span>
              </label>
              {(draft.counted || draft.named) && (
                <div className="pk-vote-counts">
                  {count('yes', tr('editor.vote.yes'))}
                  {count('no', tr('editor.vote.no'))}
                  {count('abstain', tr('editor.vote.abstain'))}
                  <span
                    className={`pk-vote-total${review.presence.known && total > review.presence.entitled.length ? ' pk-vote-total--over' : ''}`}
                  >
                    {tr('editor.vote.total', { total })}
                  </span>
                </div>
              )}
            </fieldset>
          )}

          <fieldset className="pk-fieldset">
            <legend>{tr('editor.vote.excluded')}</legend>
            {voters.length === 0 ? (
              <p className="pk-muted">{tr('editor.vote.noVoters')}</p>
            ) : (
              <div className="pk-vote-people">
                {voters.map((person) => (
                  <label key={person.id} className="pk-check">
                    <input
                      type="checkbox"
                      name="excluded"
                      value={person.id}
                      checked={draft.excluded.includes(person.id)}
                      onChange={(e) =>
                        set({
                          excluded: e.target.checked
                            ? [...draft.excluded, person.id]
                            : draft.excluded.filter((id) => id !== person.id),
                        })
                      }
                    />
                    <span>{mentionName(person, true)}</span>
                  </label>
                ))}
              </div>
            )}
          </fieldset>

          {applies && (
            <fieldset className="pk-fieldset">
              <legend>{tr('editor.vote.named')}</legend>
              <label className="pk-check">
                <input
                  type="checkbox"
                  name="named"
                  checked={draft.named}
                  onChange={(e) => set({ named: e.target.checked })}
                />
                <span>{tr('editor.vote.namedToggle')}</span>
              </label>
              {draft.named && (
                <table className="pk-vote-roll">
                  <tbody>
                    {callable.map((person) => (
                      <tr key={person.id}>
                        <th scope="row">{formalName(person)}</th>
                        <td>
                          <select
                            name={`named-${person.id}`}
                            aria-label={formalName(person)}
                            value={draft.namedVotes[person.id] ?? ''}
                            onChange={(e) => {
                              const next = { ...draft.namedVotes };
                              if (e.target.value === '') delete next[person.id];
                              else next[person.id] = e.target.value as VoteChoice;
                              set({ namedVotes: next });
                            }}
                          >
                            <option value="">—</option>
                            {VOTE_CHOICES.map((choice) => (
                              <option key={choice} value={choice}>
                                {tr(CHOICE_KEYS[choice])}
                              </option>
                            ))}
                          </select>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </fieldset>
          )}
        </div>
      </div>

      <section className="pk-vote-live" aria-label={tr('editor.vote.live')}>
        <p
          className={`pk-vote-presence${review.presence.known ? '' : ' pk-vote-presence--unknown'}`}
          data-testid="vote-presence"
        >
          {review.presence.known
            ? tr('editor.vote.presence', {
                item: item?.number ?? '',
                present: review.presence.present.length,
                entitled: review.presence.entitled.length,
              })
            : tr(itemId ? 'editor.vote.noAttendance' : 'editor.vote.noItem')}
        </p>
        {review.presence.known && review.presence.entitled.length > 0 && (
          <details className="pk-vote-entitled">
            <summary>{tr('editor.vote.entitledList')}</summary>
            <p>{review.presence.entitled.map((p) => formalName(p)).join(', ')}</p>
          </details>
        )}
        <ul className="pk-findings" role="status" aria-live="polite" data-testid="vote-findings">
          {review.findings.map((f, i) => (
            <li key={i} className={`pk-finding pk-finding--${f.severity}`} data-key={f.key}>
              {f.text}
            </li>
          ))}
        </ul>
        <div className="pk-vote-preview" data-testid="vote-preview">
          <span className="pk-vote-preview-label">{tr('editor.vote.preview')}</span>
          {review.lines.map((line, i) => (
            <span key={i} className="pk-vote-line">
              {line}
            </span>
          ))}
        </div>
      </section>
    </Modal>
  );
}
