import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { t } from '../core/i18n/catalog';
import { selectHost } from './host/select';
import { App } from './shell/App';
import { registerDocumentFonts } from './styles/fonts';
import './styles/tokens.css';
import './shell/shell.css';

registerDocumentFonts();
const root = createRoot(document.getElementById('root')!);
const host = selectHost();
if (host) {
  root.render(
    <StrictMode>
      <App host={host} />
    </StrictMode>,
  );
} else {
  // Opened without the address the browser mode printed (its token): say how to get in.
  const lang = navigator.language.startsWith('de') ? 'de' : 'en';
  root.render(<div className="pk-boot">{t(lang, 'shell.error.noToken')}</div>);
}
