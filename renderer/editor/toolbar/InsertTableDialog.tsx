import { useEffect, useRef, useState, type Ref } from 'react';
import type { Lang } from '../../../core/i18n/catalog';
import { translator } from '../../ui/i18n';

const MAX_ROWS = 200;
const MAX_COLUMNS = 20;

/** One number field of the form: a count from 1 to `max`. */
function CountField({
  inputRef,
  label,
  onChange,
  ...input
}: {
  label: string;
  name: string;
  max: number;
  value: number;
  onChange: (value: number) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <label>
      <span>{label}</span>
      <input
        ref={inputRef}
        type="number"
        min={1}
        {...input}
        onChange={(e) => onChange(Number(e.target.value))}
      />
    </label>
  );
}

/** The toolbar's small form for a new table: rows, columns, a header row. */
export function InsertTableDialog(props: {
  lang: Lang;
  onInsert: (rows: number, columns: number, header: boolean) => void;
  onCancel: () => void;
}) {
  const tr = translator(props.lang);
  const [rows, setRows] = useState(3);
  const [columns, setColumns] = useState(3);
  const [header, setHeader] = useState(true);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.select(), []);
  const clamp = (v: number, max: number) => Math.max(1, Math.min(max, Math.round(v) || 1));
  return (
    <form
      className="pk-popup pk-table-dialog"
      role="dialog"
      aria-label={tr('editor.table.insert')}
      data-toolbar-popup=""
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          props.onCancel();
        }
      }}
      onSubmit={(event) => {
        event.preventDefault();
        props.onInsert(clamp(rows, MAX_ROWS), clamp(columns, MAX_COLUMNS), header);
      }}
    >
      <CountField
        inputRef={first}
        label={tr('editor.table.rows')}
        name="rows"
        max={MAX_ROWS}
        value={rows}
        onChange={setRows}
      />
      <CountField
        label={tr('editor.table.columns')}
        name="columns"
        max={MAX_COLUMNS}
        value={columns}
        onChange={setColumns}
      />
      <label className="pk-check">
        <input
          type="checkbox"
          checked={header}
          name="header"
          onChange={(e) => setHeader(e.target.checked)}
        />
        <span>{tr('editor.table.headerRow')}</span>
      </label>
      <div className="pk-popup-actions">
        <button type="button" className="pk-button" onClick={props.onCancel}>
          {tr('editor.table.cancel')}
        </button>
        <button type="submit" className="pk-button pk-button--primary">
          {tr('editor.table.insertConfirm')}
        </button>
      </div>
    </form>
  );
}
