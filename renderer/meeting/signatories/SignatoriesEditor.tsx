import type { Lang } from '../../../core/i18n/catalog';
import { designateSignatory } from '../../../core/model/ops/signatories';
import type { ProtocolDocument } from '../../../core/model/schema';
import { designationCandidates } from '../../../core/review/eligibility';
import { formalName } from '../../../core/style/names';
import { translator } from '../../ui/i18n';
import { useDomId } from '../ids';
import './signatories.css';

export interface SignatoriesEditorProps {
  document: ProtocolDocument;
  onChange(next: ProtocolDocument): void;
  lang: Lang;
  readOnly?: boolean;
}

/**
 * "Wer unterzeichnet": the clerk designates the members who sign (BW: two who took part), from
 * the people the signing rules accept (core/review/eligibility.ts); chair and clerk follow the
 * header. The choice is stored in rules.signatories, which `check` and the sign dialog read.
 */
export function SignatoriesEditor({ document, onChange, lang, readOnly }: SignatoriesEditorProps) {
  const t = translator(lang);
  const domId = useDomId();
  const headingId = domId('signatories');
  const fixed = readOnly || document.signatures.length > 0;
  const places = document.rules.signatories;
  if (places.length === 0) return null;
  const nameOf = (id: string) => {
    const person = document.people.find((p) => p.id === id);
    return person ? formalName(person) : '';
  };
  return (
    <section className="pk-signatories" aria-labelledby={headingId} data-testid="signatories">
      <h3 id={headingId} className="pk-signatories__heading">
        {t('designate.heading')}
      </h3>
      <p className="pk-signatories__hint">
        {document.signatures.length > 0 ? t('designate.signedHint') : t('designate.hint')}
      </p>
      <ol className="pk-signatories__list">
        {places.map((place, index) => {
          const key = `${index}-${place.role}`;
          if (place.role !== 'member') {
            const id =
              place.personId ||
              (place.role === 'chair' ? document.meeting.chairId : '') ||
              (place.role === 'clerk' ? document.meeting.clerkId : '');
            return (
              <li key={key} className="pk-signatories__place">
                <span className="pk-signatories__label">{place.label}</span>
                <span data-testid={`signatory-${index}`}>{nameOf(id) || t('designate.none')}</span>
              </li>
            );
          }
          const candidates = designationCandidates(document, index);
          // A designation the rules no longer accept (marked absent since) stays visible:
          // the check names it, the clerk changes it.
          const stale =
            place.personId !== '' && !candidates.some((p) => p.id === place.personId)
              ? document.people.find((p) => p.id === place.personId)
              : undefined;
          const selectId = domId(`signatory-${index}`);
          return (
            <li key={key} className="pk-signatories__place">
              <label className="pk-signatories__label" htmlFor={selectId}>
                {place.label}
              </label>
              <select
                id={selectId}
                value={place.personId}
                disabled={fixed}
                data-testid={`signatory-${index}`}
                onChange={(event) =>
                  onChange(designateSignatory(document, index, event.target.value))
                }
              >
                <option value="">{t('designate.choose')}</option>
                {stale ? <option value={stale.id}>{formalName(stale)}</option> : null}
                {candidates.map((person) => (
                  <option key={person.id} value={person.id}>
                    {formalName(person)}
                    {person.group ? ` (${person.group})` : ''}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
