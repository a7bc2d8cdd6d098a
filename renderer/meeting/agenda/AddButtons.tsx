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
          <button
            type="button"
            className="pk-meeting-button pk-meeting-button--quiet"
            title={tr('meeting.agenda.addPublicTitle')}
            onClick={() => onAdd(true)}
          >
            <Icon name="plus" />
            {tr('meeting.agenda.addPublic')}
          </button>
          <button
            type="button"
            className="pk-meeting-button pk-meeting-button--quiet"
            title={tr('meeting.agenda.addNonPublicTitle')}
            onClick={() => onAdd(false)}
          >
            <Icon name="plus" />
            {tr('meeting.agenda.addNonPublic')}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="pk-meeting-button pk-meeting-button--quiet"
          title={tr('meeting.agenda.addTitle')}
          onClick={() => onAdd(true)}
        >
          <Icon name="plus" />
          {tr('meeting.agenda.add')}
        </button>
      )}
    </div>
  );
}
