import type { FormField } from './FormDialog';
import { FormDialog } from './FormDialog';
import { DiffDialog } from './DiffDialog';
import { SignDialog } from './SignDialog';
import { useT } from '../ui/i18n';
import { useReviewFrameContext } from './useReviewFrame';
import './review.css';

/** The open review dialog of the frame, if any. */
export function ReviewDialogs() {
  const t = useT();
  const review = useReviewFrameContext();
  const { dialog, userName } = review;
  if (!dialog) return null;
  // Every step is attributed: the dialog shows who acts, and on a shared machine the next
  // person corrects the name right there.
  const nameField: FormField[] = [
    { id: 'name', label: 'reviewUi.name.label', required: true, initial: userName },
  ];
  const name = (values: Record<string, string>) => values.name ?? userName;
  const close = review.closeDialog;

  switch (dialog.kind) {
    case 'send':
      return (
        <FormDialog
          title="reviewUi.send.title"
          message="reviewUi.send.message"
          fields={[...nameField, { id: 'note', label: 'reviewUi.send.note', multiline: true }]}
          confirm="reviewUi.send.confirm"
          testId="send-dialog"
          onCancel={close}
          onSubmit={async (values) => {
            await review.sendForReview(values.note ?? '', name(values));
            close();
          }}
        />
      );
    case 'return':
      return (
        <FormDialog
          title="reviewUi.return.title"
          message="reviewUi.return.message"
          note={
            review.document.signatures.length > 0 ? (
              <p className="pk-review-warning">
                {review.document.signatures.length === 1
                  ? t('reviewUi.return.signatureDropped')
                  : t('reviewUi.return.signaturesDropped', {
                      count: review.document.signatures.length,
                    })}
              </p>
            ) : null
          }
          fields={[
            ...nameField,
            { id: 'remarks', label: 'reviewUi.return.remarks', multiline: true, required: true },
          ]}
          confirm="reviewUi.return.confirm"
          danger={review.document.signatures.length > 0}
          testId="return-dialog"
          onCancel={close}
          onSubmit={async (values) => {
            await review.returnToDraft(values.remarks ?? '', name(values));
            close();
          }}
        />
      );
    case 'version':
      return (
        <FormDialog
          title="reviewUi.version.title"
          message="reviewUi.version.message"
          fields={[...nameField, { id: 'note', label: 'reviewUi.version.note' }]}
          confirm="reviewUi.version.confirm"
          testId="version-dialog"
          onCancel={close}
          onSubmit={async (values) => {
            await review.saveVersion(values.note ?? '', name(values));
            close();
            review.openPanel('versions');
          }}
        />
      );
    case 'correction':
      return (
        <FormDialog
          title="reviewUi.correction.title"
          message="reviewUi.correction.message"
          fields={[
            ...nameField,
            { id: 'concerns', label: 'reviewUi.correction.concerns' },
            { id: 'text', label: 'reviewUi.correction.text', multiline: true, required: true },
            { id: 'decidedIn', label: 'reviewUi.correction.decidedIn' },
          ]}
          confirm="reviewUi.correction.confirm"
          testId="correction-dialog"
          onCancel={close}
          onSubmit={async (values) => {
            await review.addCorrection(
              {
                concerns: values.concerns ?? '',
                text: values.text ?? '',
                decidedIn: values.decidedIn ?? '',
              },
              name(values),
            );
            close();
            review.openPanel('workflow');
          }}
        />
      );
    case 'sign':
      return <SignDialog />;
    case 'diff':
      return <DiffDialog comparison={dialog.comparison} />;
  }
}
