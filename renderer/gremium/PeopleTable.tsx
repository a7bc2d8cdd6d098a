import { useEffect, useRef } from 'react';
import { createId } from '../../core/model/ids';
import type { Person } from '../../core/model/schema';
import { useT } from '../ui/i18n';

type Column =
  'honorific' | 'formOfAddress' | 'title' | 'givenName' | 'familyName' | 'group' | 'unit' | 'role';

const MEMBER_COLUMNS: Column[] = ['honorific', 'title', 'givenName', 'familyName', 'group', 'role'];
const OTHER_COLUMNS: Column[] = [
  'formOfAddress',
  'title',
  'givenName',
  'familyName',
  'unit',
  'role',
];

/**
 * The people of the body as a table of fields, one row per person; below the width a row
 * needs, each person becomes a card of labelled fields (gremium.css), so it fits 1024×700 at
 * 200 % without scrolling sideways.
 */
export function PeopleTable({
  kind,
  people,
  onChange,
}: {
  kind: 'member' | 'other';
  people: Person[];
  onChange(people: Person[]): void;
}) {
  const t = useT();
  const columns = kind === 'member' ? MEMBER_COLUMNS : OTHER_COLUMNS;
  const heading: Record<Column, string> = {
    honorific: t('gremium.editor.colHonorific'),
    formOfAddress: t('gremium.editor.colAddress'),
    title: t('gremium.editor.colTitle'),
    givenName: t('gremium.editor.colGiven'),
    familyName: t('gremium.editor.colFamily'),
    group: t('gremium.editor.colGroup'),
    unit: t('gremium.editor.colUnit'),
    role: t('gremium.editor.colRole'),
  };
  const tableRef = useRef<HTMLTableElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    // The new row's first field takes the keys, so the clerk types on.
    const rows = tableRef.current?.querySelectorAll('tbody tr');
    rows?.[rows.length - 1]?.querySelector<HTMLElement>('input, select')?.focus();
  }, [people.length]);

  const set = (id: string, patch: Partial<Person>) =>
    onChange(people.map((p) => (p.id === id ? { ...p, ...patch } : p)));
  const name = (p: Person, index: number) =>
    [p.givenName, p.familyName].filter(Boolean).join(' ') || `${index + 1}`;

  return (
    <div className="pk-gremium-people">
      {people.length === 0 ? <p className="pk-card-hint">{t('gremium.editor.noPeople')}</p> : null}
      <table className="pk-gremium-table" ref={tableRef} data-kind={kind}>
        <thead>
          <tr>
            {kind === 'other' ? <th scope="col">{t('gremium.editor.colKind')}</th> : null}
            {columns.map((c) => (
              <th key={c} scope="col">
                {heading[c]}
              </th>
            ))}
            <th scope="col">{t('gremium.editor.colVoting')}</th>
            <th scope="col">{t('gremium.editor.colFrom')}</th>
            <th scope="col">{t('gremium.editor.colUntil')}</th>
            <th scope="col">
              <span className="pk-visually-hidden">{t('gremium.editor.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {people.map((p, index) => (
            <tr key={p.id} data-person-id={p.id}>
              {kind === 'other' ? (
                <td>
                  <label>
                    <span className="pk-gremium-cell-label">{t('gremium.editor.colKind')}</span>
                    <select
                      value={p.kind}
                      onChange={(e) => set(p.id, { kind: e.target.value as Person['kind'] })}
                    >
                      <option value="staff">{t('gremium.editor.kindStaff')}</option>
                      <option value="guest">{t('gremium.editor.kindGuest')}</option>
                      <option value="member">{t('gremium.editor.tabMembers')}</option>
                    </select>
                  </label>
                </td>
              ) : null}
              {columns.map((c) => (
                <td key={c} data-column={c}>
                  <label>
                    <span className="pk-gremium-cell-label">{heading[c]}</span>
                    <input
                      type="text"
                      value={p[c]}
                      aria-invalid={c === 'familyName' && !p.familyName.trim() ? true : undefined}
                      onChange={(e) => set(p.id, { [c]: e.target.value })}
                    />
                  </label>
                </td>
              ))}
              <td data-column="votingRight">
                <label>
                  <span className="pk-gremium-cell-label">{t('gremium.editor.colVoting')}</span>
                  <input
                    type="checkbox"
                    checked={p.votingRight}
                    onChange={(e) => set(p.id, { votingRight: e.target.checked })}
                  />
                </label>
              </td>
              <td data-column="from">
                <label>
                  <span className="pk-gremium-cell-label">{t('gremium.editor.colFrom')}</span>
                  <input
                    type="date"
                    value={p.term?.from ?? ''}
                    onChange={(e) =>
                      set(p.id, { term: { from: e.target.value, until: p.term?.until ?? '' } })
                    }
                  />
                </label>
              </td>
              <td data-column="until">
                <label>
                  <span className="pk-gremium-cell-label">{t('gremium.editor.colUntil')}</span>
                  <input
                    type="date"
                    value={p.term?.until ?? ''}
                    onChange={(e) =>
                      set(p.id, { term: { from: p.term?.from ?? '', until: e.target.value } })
                    }
                  />
                </label>
              </td>
              <td data-column="remove">
                <button
                  type="button"
                  className="pk-button pk-button-quiet"
                  aria-label={t('gremium.editor.removeName', { name: name(p, index) })}
                  onClick={() => onChange(people.filter((x) => x.id !== p.id))}
                >
                  ✕
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="pk-button"
        onClick={() => {
          added.current = true;
          onChange([...people, newPerson(kind)]);
        }}
      >
        {kind === 'member' ? t('gremium.editor.addMember') : t('gremium.editor.addStaff')}
      </button>
    </div>
  );
}

/** A new person of the body: a voting member, or staff. */
export function newPerson(kind: 'member' | 'other'): Person {
  return {
    id: createId('p'),
    kind: kind === 'member' ? 'member' : 'staff',
    formOfAddress: '',
    honorific: '',
    title: '',
    givenName: '',
    familyName: '',
    group: '',
    unit: '',
    role: kind === 'member' ? 'Mitglied' : '',
    votingRight: kind === 'member',
  };
}
