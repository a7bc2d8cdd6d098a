import { useDeferredValue, useMemo } from 'react';
import type { ProtocolDocument } from '../../core/model/schema';
import { groupedHash } from '../../core/review/content';
import type { Keyring } from '../../core/review/keyring';
import { verifyDocument } from '../../core/review/verify';
import { useT } from '../ui/i18n';

/** Problems that only mean "not finished yet" while the minutes are still being signed. */
const PENDING = new Set(['review.verify.missing', 'review.verify.unsigned']);

/**
 * The signatures checked as `protokollant verify` checks them: valid and complete, still being
 * signed, or what no longer matches, in the user's language.
 */
export function VerifySummary({
  document: latest,
  keyring = null,
}: {
  document: ProtocolDocument;
  keyring?: Keyring | null;
}) {
  const t = useT();
  // Hashing the whole minutes may take a moment on a long meeting: never in the way of typing.
  const document = useDeferredValue(latest);
  const report = useMemo(() => verifyDocument(document, { keyring }), [document, keyring]);
  const pending = document.workflow.state !== 'approved';
  const problems = report.problems.filter((p) => !(pending && PENDING.has(p.key)));
  const signedSlots = new Set(document.signatures.map((s) => s.slot));
  const missing = document.rules.signatories
    .filter((_, i) => !signedSlots.has(i))
    .map((s) => s.label);
  const valid = report.signers.filter((s) => s.valid).length;
  return (
    <div className="pk-verify" data-testid="verify-summary">
      {report.complete ? (
        <>
          <p className="pk-verify-line is-ok">
            <span aria-hidden="true">✓ </span>
            {t('review.verify.ok', { count: report.signers.length })}
          </p>
          {report.confirmed ? (
            <p className="pk-verify-line is-ok" data-testid="verify-confirmed">
              <span aria-hidden="true">✓ </span>
              {t('signUi.confirmed', { count: report.signers.length })}
            </p>
          ) : (
            <ul className="pk-verify-problems" data-testid="verify-trust">
              {report.trust.map((problem, index) => (
                <li key={index}>
                  <span aria-hidden="true">✗ </span>
                  {t(problem.key, problem.params)}
                </li>
              ))}
            </ul>
          )}
          {report.notices.map((notice, index) => (
            <p key={index} className="pk-verify-line">
              {t(notice.key, notice.params)}
            </p>
          ))}
        </>
      ) : problems.length === 0 ? (
        <p className="pk-verify-line">
          {document.signatures.length === 0
            ? t('reviewUi.verify.none')
            : t(valid === 1 ? 'reviewUi.verify.partialOne' : 'reviewUi.verify.partial', {
                count: valid,
                slots: missing.join(', '),
              })}
        </p>
      ) : (
        <ul className="pk-verify-problems" role="alert">
          {problems.map((problem, index) => (
            <li key={index}>
              <span aria-hidden="true">✗ </span>
              {t(problem.key, problem.params)}
            </li>
          ))}
        </ul>
      )}
      <p className="pk-verify-hash">
        {t('signature.verify.hash', { hash: groupedHash(report.hash) })}
      </p>
    </div>
  );
}
