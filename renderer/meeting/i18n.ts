import { t, type Lang, type MessageKey, type MessageParams } from '../../core/i18n/catalog';

/** The meeting view's strings, from the one catalog. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}
