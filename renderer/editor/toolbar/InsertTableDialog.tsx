import { useEffect, useRef, useState } from 'react';
import type { Lang } from '../../../core/i18n/catalog';
import { translator } from '../../ui/i18n';

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
        props.onInsert(clamp(rows, 200), clamp(columns, 20), header);
      }}
    >
      <label>
        <span>{tr('editor.table.rows')}</span>
        <input
          ref={first}
          type="number"
          min={1}
          max={200}
          value={rows}
          name="rows"
          onChange={(e) => setRows(Number(e.target.value))}
        />
      </label>
      <label>
        <span>{tr('editor.table.columns')}</span>
        <input
          type="number"
          min={1}
          max={20}
          value={columns}
          name="columns"
          onChange={(e) => setColumns(Number(e.target.value))}
        />
      </label>
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
