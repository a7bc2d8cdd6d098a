import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import kleinweilerText from '../../examples/kleinweiler-gemeinderat-2026-10-14.protokoll?raw';
import stuttgartText from '../../examples/stuttgart-va-2018-06-27-top12.protokoll?raw';
import { parseProtokoll } from '../../core/file/format';
import { isLang, type Lang } from '../../core/i18n/catalog';
import type { ProtocolDocument } from '../../core/model/schema';
import { findTemplate } from '../../core/templates/registry';
import { instantiateTemplate } from '../../core/templates/instantiate';
import { AgendaSidebar } from '../meeting/AgendaSidebar';
import { AttendanceEditor } from '../meeting/AttendanceEditor';
import { HeaderForm } from '../meeting/HeaderForm';
import { translator } from '../ui/i18n';
import '../styles/tokens.css';
import './meeting-harness.css';

/**
 * Test page of the meeting view: the sidebar, header form and attendance editor on an example
 * document, as the e2e tests and screenshots use them. Query parameters:
 * - doc: kleinweiler (default) | stuttgart | stuttgart-new | gemeinderat-new
 * - lang: de (default) | en
 * - readonly=1: a locked document (signed off)
 * - undoMs: how long undo toasts stay
 * The current document is readable as window.__meeting.document() for the tests.
 */

declare global {
  interface Window {
    __meeting?: { document: () => ProtocolDocument; changes: () => number };
  }
}

function initialDocument(name: string | null): ProtocolDocument {
  switch (name) {
    case 'stuttgart':
      return parseProtokoll(stuttgartText, 'stuttgart');
    case 'stuttgart-new':
      return instantiateTemplate(findTemplate('stuttgart-ausschuss-top')!);
    case 'gemeinderat-new':
      return instantiateTemplate(findTemplate('gemeinderat-sitzung')!);
    default:
      return parseProtokoll(kleinweilerText, 'kleinweiler');
  }
}

const params = new URLSearchParams(window.location.search);
const lang: Lang = isLang(params.get('lang')) ? (params.get('lang') as Lang) : 'de';
const start = initialDocument(params.get('doc'));
const tr = translator(lang);
const readOnly = params.get('readonly') === '1';
let current = start;
let changes = 0;
window.__meeting = { document: () => current, changes: () => changes };

function Harness() {
  const [document, setDocument] = useState(start);
  const [selected, setSelected] = useState<string | null>(start.items[0]?.id ?? null);
  const item = document.items.find((i) => i.id === selected);
  const onChange = (next: ProtocolDocument) => {
    current = next;
    changes++;
    setDocument(next);
  };
  return (
    <div className="pk-harness">
      <aside className="pk-harness__sidebar">
        <AgendaSidebar
          document={document}
          onChange={onChange}
          lang={lang}
          selectedItemId={selected}
          onSelect={setSelected}
          readOnly={readOnly}
          undoTimeout={Number(params.get('undoMs') ?? 8000)}
        />
      </aside>
      <main className="pk-harness__main">
        {document.form === 'meeting' ? (
          <>
            <section className="pk-harness__card">
              <HeaderForm
                document={document}
                onChange={onChange}
                lang={lang}
                readOnly={readOnly}
                scope="meeting"
                heading={tr('meeting.header.meetingHeading')}
              />
            </section>
            <section className="pk-harness__card">
              <AttendanceEditor
                document={document}
                onChange={onChange}
                lang={lang}
                readOnly={readOnly}
                undoTimeout={Number(params.get('undoMs') ?? 8000)}
              />
            </section>
            {item && (
              <section className="pk-harness__card">
                <HeaderForm
                  document={document}
                  onChange={onChange}
                  lang={lang}
                  readOnly={readOnly}
                  scope="item"
                  itemId={item.id}
                  heading={tr('meeting.header.itemHeading', { number: item.number })}
                />
              </section>
            )}
          </>
        ) : (
          item && (
            <section className="pk-harness__card">
              <HeaderForm
                document={document}
                onChange={onChange}
                lang={lang}
                readOnly={readOnly}
                scope="item"
                itemId={item.id}
                heading={tr('meeting.header.meetingHeading')}
              />
            </section>
          )
        )}
      </main>
    </div>
  );
}

createRoot(window.document.getElementById('root')!).render(
  <StrictMode>
    <Harness />
  </StrictMode>,
);
