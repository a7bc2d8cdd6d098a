import { useMemo, useState } from 'react';
import { contentHash, groupedHash } from '../../core/review/content';
import { keyFingerprint } from '../../core/review/signing';
import { KeyringLine, useKeyring, whatIsSigned } from './KeyringLine';
import { verifyDocument } from '../../core/review/verify';
import { useShell } from '../ui/context';
import { formatDateTime, useT } from '../ui/i18n';
import { Modal } from '../ui/Modal';
import { eligiblePeople } from '../../core/review/eligibility';
import { personForSlot, personName, slotStatuses, type SlotStatus } from '../../core/review/places';
import { reviewErrorText, useReviewFrameContext } from './useReviewFrame';
import { SignerLine } from './SignerLine';
import { VerifySummary } from './VerifySummary';

function SlotRow({
  status,
  canSign,
  valid,
  onSigned,
}: {
  status: SlotStatus;
  canSign: boolean;
  valid: boolean;
  onSigned(error: string | null): void;
}) {
  const t = useT();
  const { lang } = useShell();
  const review = useReviewFrameContext();
  const { document, userName } = review;
  // The user's own pick, else who they probably are (follows a change of the user name).
  const [chosen, setPersonId] = useState<string | null>(null);
  const personId = chosen ?? personForSlot(document, status.index, userName);
  const [busy, setBusy] = useState(false);
  // Signing is two steps: see what is signed, then unlock the key with the passphrase.
  const [confirming, setConfirming] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const fixed = status.slot.personId !== '';
  const candidates = useMemo(
    () => (fixed ? [] : eligiblePeople(document, status.index)),
    [document, fixed, status.index],
  );
  const signature = status.signature;
  // The place names someone else: signing stays possible (names are written differently), but
  // it is not offered as the obvious step.
  const elsewhere = fixed && status.intended !== '' && status.intended !== userName;

  const sign = async () => {
    setBusy(true);
    try {
      await review.sign(status.index, personId, passphrase);
      setConfirming(false);
      setPassphrase('');
      onSigned(null);
    } catch (failure) {
      onSigned(reviewErrorText(failure, lang));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li
      className={`pk-slot${signature ? ' is-signed' : ''}`}
      data-testid={`slot-${status.index}`}
      data-signed={signature ? 'true' : 'false'}
    >
      <div className="pk-slot-head">
        <span className="pk-slot-label">{status.slot.label}</span>
        {status.intended ? (
          <span className="pk-slot-intended">
            {t('reviewUi.sign.intended', { name: status.intended })}
          </span>
        ) : null}
      </div>
      {signature ? (
        <div className="pk-slot-signed">
          <span className={`pk-slot-check${valid ? '' : ' is-invalid'}`} aria-hidden="true">
            {valid ? '✓' : '✗'}
          </span>
          <div>
            <div>
              {t('reviewUi.sign.signedBy', {
                name: signature.name,
                time: formatDateTime(signature.signedAt, lang),
              })}{' '}
              <span className={`pk-validity${valid ? ' is-valid' : ' is-invalid'}`}>
                {valid ? t('reviewUi.sign.valid') : t('reviewUi.sign.invalid')}
              </span>
            </div>
            <div className="pk-fingerprint">
              {t('reviewUi.sign.key', { fingerprint: keyFingerprint(signature.publicKey) })}
            </div>
          </div>
        </div>
      ) : (
        <>
          {canSign && elsewhere ? (
            <p className="pk-slot-warning">
              {t('reviewUi.sign.otherPerson', { name: status.intended, user: userName })}
            </p>
          ) : null}
          <div className="pk-slot-open">
            <span className="pk-slot-status">{t('reviewUi.sign.open')}</span>
            {canSign ? (
              <div className="pk-slot-action">
                {fixed ? null : (
                  <label className="pk-slot-person">
                    <span>{t('reviewUi.sign.person')}</span>
                    <select
                      value={personId}
                      onChange={(event) => setPersonId(event.target.value)}
                      data-testid={`slot-person-${status.index}`}
                    >
                      <option value="">{t('reviewUi.sign.choosePerson')}</option>
                      {candidates.map((person) => (
                        <option key={person.id} value={person.id}>
                          {personName(document, person.id)}
                          {person.group ? ` (${person.group})` : ''}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
                <button
                  type="button"
                  className={`pk-button${elsewhere ? '' : ' pk-button-primary'}`}
                  disabled={busy || confirming || (!fixed && personId === '')}
                  onClick={() => setConfirming(true)}
                >
                  {t('reviewUi.sign.signHere')}
                </button>
              </div>
            ) : null}
          </div>
          {canSign && confirming ? (
            <form
              className="pk-sign-confirm"
              data-testid={`sign-confirm-${status.index}`}
              onSubmit={(event) => {
                event.preventDefault();
                void sign();
              }}
            >
              <p className="pk-review-subheading">{t('signUi.confirmTitle')}</p>
              <p>{whatIsSigned(document, t)}</p>
              <p>
                {t('signUi.place', {
                  label: status.slot.label,
                  name: personName(document, personId),
                })}
              </p>
              <p className="pk-fingerprint" data-testid={`sign-hash-${status.index}`}>
                {t('signUi.hash', { hash: groupedHash(contentHash(document)) })}
              </p>
              <label className="pk-field">
                <span>{t('signUi.passphrase')}</span>
                <input
                  type="password"
                  autoComplete="off"
                  data-autofocus
                  value={passphrase}
                  onChange={(event) => setPassphrase(event.target.value)}
                  data-testid={`sign-passphrase-${status.index}`}
                />
              </label>
              <div className="pk-slot-action">
                <button
                  type="submit"
                  className="pk-button pk-button-primary"
                  disabled={busy || passphrase === ''}
                >
                  {busy ? t('reviewUi.sign.signing') : t('signUi.confirm')}
                </button>
                <button
                  type="button"
                  className="pk-button"
                  onClick={() => {
                    setConfirming(false);
                    setPassphrase('');
                  }}
                >
                  {t('signUi.cancel')}
                </button>
              </div>
            </form>
          ) : null}
        </>
      )}
    </li>
  );
}

/**
 * "Unterzeichnen": the places the rules require, who signed them (when, with which key) and
 * which are open; the current user signs an open one. The key stays in the host.
 */
export function SignDialog() {
  const t = useT();
  const review = useReviewFrameContext();
  const { document, userName, state, hasFile } = review;
  const [error, setError] = useState<string | null>(null);
  const statuses = useMemo(() => slotStatuses(document), [document]);
  const keyring = useKeyring();
  const validity = useMemo(() => {
    const report = verifyDocument(document);
    return new Map(document.signatures.map((s, i) => [s.slot, report.signers[i]?.valid ?? false]));
  }, [document]);

  const canSign = state.state === 'review' && userName !== '';
  return (
    <Modal
      title={t('reviewUi.sign.title')}
      onCancel={review.closeDialog}
      testId="sign-dialog"
      wide
      footer={
        <button type="button" className="pk-button" onClick={review.closeDialog}>
          {t('reviewUi.dialog.close')}
        </button>
      }
    >
      <p className="pk-modal-message">
        {t('reviewUi.sign.intro', { count: document.rules.signatories.length })}
      </p>
      <SignerLine />
      {state.state === 'draft' ? (
        <p className="pk-review-hint">{t('reviewUi.sign.draftHint')}</p>
      ) : null}
      {state.state === 'approved' ? (
        <p className="pk-review-hint is-ok">{t('reviewUi.sign.approved')}</p>
      ) : null}
      <ol className="pk-slots">
        {statuses.map((status) => (
          <SlotRow
            key={status.index}
            status={status}
            canSign={canSign}
            valid={validity.get(status.index) ?? false}
            onSigned={setError}
          />
        ))}
      </ol>
      {error ? (
        <p className="pk-review-error" role="alert">
          {error}
        </p>
      ) : null}
      {!hasFile && canSign ? (
        <p className="pk-review-hint">{t('reviewUi.sign.unsavedHint')}</p>
      ) : null}
      <KeyringLine state={keyring} />
      <VerifySummary document={document} keyring={keyring.current?.keyring ?? null} />
    </Modal>
  );
}
