import { useState } from 'react';
import type { Correction } from '../../core/model/schema';
import { shortHash } from '../../core/review/content';
import { correctionSignatureValid } from '../../core/review/corrections';
import { useShell } from '../ui/context';
import { formatDateTime, useT } from '../ui/i18n';
import { personName } from '../../core/review/places';
import { SignerLine } from './SignerLine';
import { reviewErrorText, useReviewFrameContext } from './useReviewFrame';

function CorrectionCard({ correction }: { correction: Correction }) {
  const t = useT();
  const { lang } = useShell();
  const review = useReviewFrameContext();
  const places = review.document.rules.signatories;
  const signedSlots = new Set(correction.signatures.map((s) => s.slot));
  const open = places
    .map((slot, index) => ({ slot, index }))
    .filter((p) => !signedSlots.has(p.index));
  const [slot, setSlot] = useState<number | null>(null);
  // Proposed: the place of the person signing at this machine, else the first open one.
  const own = open.find(
    (p) => p.slot.personId && personName(review.document, p.slot.personId) === review.userName,
  );
  const chosen = slot ?? own?.index ?? open[0]?.index ?? null;
  const [busy, setBusy] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);

  const sign = async () => {
    if (chosen === null) return;
    // The form is emptied as the request leaves, not when it returns: the new signature can be
    // on screen before this function goes on, and a place or passphrase entered by then for
    // the next signature must not be wiped.
    const picked = slot;
    setBusy(true);
    setPassphrase('');
    try {
      await review.signCorrection(correction.id, chosen, passphrase);
      setError(null);
      setSlot((current) => (current === picked ? null : current));
    } catch (failure) {
      setError(reviewErrorText(failure, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className="pk-correction" data-testid={`correction-${correction.id}`}>
      <div className="pk-correction-head">
        {t('reviewUi.corrections.heading', { time: formatDateTime(correction.createdAt, lang) })}
      </div>
      {correction.concerns ? (
        <div className="pk-correction-meta">
          {t('reviewUi.corrections.concerns', { text: correction.concerns })}
        </div>
      ) : null}
      <p className="pk-correction-text">{correction.text}</p>
      {correction.decidedIn ? (
        <div className="pk-correction-meta">
          {t('reviewUi.corrections.decidedIn', { text: correction.decidedIn })}
        </div>
      ) : null}
      <div className="pk-correction-meta">
        {t('reviewUi.corrections.author', { name: correction.author })}
      </div>
      <div className="pk-fingerprint">
        {t('reviewUi.corrections.linked', { hash: shortHash(correction.baseHash) })}
      </div>
      <h4 className="pk-review-subheading">
        {t('reviewUi.corrections.signatures', {
          signed: signedSlots.size,
          required: places.length,
        })}
      </h4>
      <ul className="pk-mini-slots">
        {correction.signatures.map((signature, index) => {
          const valid = correctionSignatureValid(correction, index);
          return (
            <li key={index} className="is-signed">
              <span className="pk-mini-mark" aria-hidden="true">
                {valid ? '✓' : '✗'}
              </span>
              <span>
                {t('reviewUi.corrections.signedBy', {
                  label: signature.label,
                  name: signature.name,
                  time: formatDateTime(signature.signedAt, lang),
                })}{' '}
                <span className={`pk-validity${valid ? ' is-valid' : ' is-invalid'}`}>
                  {valid ? t('reviewUi.sign.valid') : t('reviewUi.sign.invalid')}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
      {open.length > 0 ? (
        <div className="pk-correction-sign">
          <label>
            <span>{t('reviewUi.corrections.slot')}</span>
            <select
              value={chosen ?? ''}
              onChange={(event) => setSlot(Number(event.target.value))}
              data-testid={`correction-slot-${correction.id}`}
            >
              {open.map(({ slot: place, index }) => {
                const who = personName(review.document, place.personId);
                return (
                  <option key={index} value={index}>
                    {who ? `${place.label} – ${who}` : place.label}
                  </option>
                );
              })}
            </select>
          </label>
          <label>
            <span>{t('signUi.passphrase')}</span>
            <input
              type="password"
              autoComplete="off"
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
              data-testid={`correction-passphrase-${correction.id}`}
            />
          </label>
          <button
            type="button"
            className="pk-button pk-button-primary"
            disabled={busy || chosen === null || review.userName === '' || passphrase === ''}
            onClick={() => void sign()}
          >
            {t('reviewUi.corrections.sign')}
          </button>
        </div>
      ) : null}
      {error ? (
        <p className="pk-review-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}

/**
 * Corrections after sign-off, in the workflow tab of approved minutes: added beside the signed
 * text, linked by its hash, signed by the signatories.
 */
export function CorrectionsSection() {
  const t = useT();
  const review = useReviewFrameContext();
  const { document, state } = review;
  if (state.state !== 'approved' && document.corrections.length === 0) return null;
  return (
    <section className="pk-review-section" data-testid="review-corrections">
      <h3 className="pk-review-heading">{t('reviewUi.corrections.title')}</h3>
      {document.corrections.length === 0 ? (
        <p className="pk-review-hint">{t('reviewUi.corrections.empty')}</p>
      ) : (
        <>
          <SignerLine />
          <ol className="pk-corrections">
            {document.corrections.map((correction) => (
              <CorrectionCard key={correction.id} correction={correction} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
