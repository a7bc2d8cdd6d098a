import { useEffect, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent } from 'react';
import type { AgendaItem } from '../../../core/model/schema';
import type { Translate } from '../../ui/i18n';

interface RenameRowProps {
  item: AgendaItem;
  tr: Translate;
  focus: 'number' | 'title';
  /** Returns a message when the rename is refused; the row then stays open. */
  onCommit: (number: string, title: string) => string | null;
  onCancel: () => void;
}

/**
 * Inline renaming of an item: number and title side by side. Enter or leaving the row
 * commits, Escape cancels; Tab moves between the two fields.
 */
export function RenameRow({ item, tr, focus, onCommit, onCancel }: RenameRowProps) {
  const [number, setNumber] = useState(item.number);
  const [title, setTitle] = useState(item.title);
  const [error, setError] = useState<string | null>(null);
  const numberRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const done = useRef(false);

  useEffect(() => {
    const input = focus === 'number' ? numberRef.current : titleRef.current;
    input?.focus();
    input?.select();
  }, [focus]);

  const commit = () => {
    if (done.current) return;
    const message = onCommit(number, title);
    if (message) {
      setError(message);
      numberRef.current?.focus();
    } else {
      done.current = true;
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // The list's own shortcuts (Delete, arrows, F2) must not act while typing.
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      done.current = true;
      onCancel();
    }
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
    commit();
  };

  return (
    <div className="pk-agenda__rename" onBlur={onBlur} onClick={(e) => e.stopPropagation()}>
      <input
        ref={numberRef}
        className="pk-input pk-agenda__rename-number"
        aria-label={tr('meeting.agenda.renameNumber')}
        aria-invalid={error ? true : undefined}
        value={number}
        onChange={(e) => {
          setNumber(e.target.value);
          setError(null);
        }}
        onKeyDown={onKeyDown}
      />
      <input
        ref={titleRef}
        className="pk-input pk-agenda__rename-title"
        aria-label={tr('meeting.agenda.renameTitle')}
        placeholder={tr('meeting.agenda.renameTitlePlaceholder')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {error && (
        <div className="pk-agenda__rename-error" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}
