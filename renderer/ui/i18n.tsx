import { createContext, useCallback, useContext } from 'react';
import { t, type Lang, type MessageKey, type MessageParams } from '../../core/i18n/catalog';

export const LangContext = createContext<Lang>('de');

/** One message of the one catalog (core/i18n) in one language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The catalog in a given language: for parts that get the language as a prop (the editor). */
export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}

/** The catalog in the current language (LangContext): every string of the app comes through here. */
export function useT(): Translate {
  const lang = useContext(LangContext);
  return useCallback((key, params) => t(lang, key, params), [lang]);
}

export function formatTime(iso: string | null, lang: Lang): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleTimeString(lang === 'de' ? 'de-DE' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
}

export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}
