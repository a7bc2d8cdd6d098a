import type { Translate } from '../../ui/i18n';
import { Icon } from '../icons';

/** The add buttons under the list: one per part for whole-meeting minutes, else one. */
export function AddButtons({
  tr,
  withParts,
  onAdd,
}: {
  tr: Translate;
  withParts: boolean;
  onAdd: (isPublic: boolean) => void;
}) {
  return (
    <div className="pk-agenda__add">
      {withParts ? (
        <>
          <span className="pk-agenda__add-label">{tr('meeting.agenda.addLabel')}</span>
          <AddButton
            title={tr('meeting.agenda.addPublicTitle')}
            label={tr('meeting.agenda.addPublic')}
            onClick={() => onAdd(true)}
          />
          <AddButton
            title={tr('meeting.agenda.addNonPublicTitle')}
            label={tr('meeting.agenda.addNonPublic')}
            onClick={() => onAdd(false)}
          />
        </>
      ) : (
        <AddButton
          title={tr('meeting.agenda.addTitle')}
          label={tr('meeting.agenda.add')}
          onClick={() => onAdd(true)}
        />
      )}
    </div>
  );
}

function AddButton({
  title,
  label,
  onClick,
}: {
  title: string;
  label: string;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="pk-meeting-button pk-meeting-button--quiet"
      title={title}
      onClick={onClick}
    >
      <Icon name="plus" />
      {label}
    </button>
  );
}
