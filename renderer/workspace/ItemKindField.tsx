import { useId } from 'react';
import { ITEM_KINDS, kindFromTitle, ownKind, type ItemKind } from '../../core/check/item-kinds';
import { t, type Lang } from '../../core/i18n/catalog';
import type { AgendaItem, ProtocolDocument } from '../../core/model/schema';

interface ItemKindFieldProps {
  document: ProtocolDocument;
  item: AgendaItem;
  lang: Lang;
  readOnly: boolean;
  onChange(next: ProtocolDocument): void;
}

/**
 * "Art des TOP": automatic (from the title, as the check reads it) or set by the clerk. It
 * decides whether the check asks this item for a recorded decision.
 */
export function ItemKindField({ document, item, lang, readOnly, onChange }: ItemKindFieldProps) {
  const id = useId();
  const hintId = useId();
  const own = ownKind(item);
  const automatic = kindFromTitle(document, item.title);
  const set = (value: string) => {
    const items = document.items.map((i) => {
      if (i.id !== item.id) return i;
      const { kind: _dropped, ...rest } = i as AgendaItem & { kind?: ItemKind };
      return value === '' ? rest : { ...rest, kind: value };
    });
    onChange({ ...document, items });
  };
  return (
    <div className="pk-kind">
      <label htmlFor={id} className="pk-kind__label">
        {t(lang, 'itemKind.label')}
      </label>
      <select
        id={id}
        className="pk-select"
        value={own ?? ''}
        disabled={readOnly}
        aria-describedby={hintId}
        data-field="item.kind"
        onChange={(event) => set(event.target.value)}
      >
        <option value="">
          {t(lang, 'itemKind.auto', { kind: t(lang, `itemKind.${automatic}`) })}
        </option>
        {ITEM_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(lang, `itemKind.${kind}`)}
          </option>
        ))}
      </select>
      <p id={hintId} className="pk-kind__hint">
        {t(lang, 'itemKind.hint')}
      </p>
    </div>
  );
}
