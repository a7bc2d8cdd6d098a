import { t, type Lang, type MessageKey, type MessageParams } from '../../i18n/catalog';
import type { PrintDocument } from '../print-model';

/** The language of the texts printed around the model's text: the document's, not the UI's. */
export function printLang(print: PrintDocument): Lang {
  return print.meta.language.toLowerCase().startsWith('en') ? 'en' : 'de';
}

export type PrintText = ((key: MessageKey, params?: MessageParams) => string) & {
  readonly lang: Lang;
};

export function printTexts(print: PrintDocument): PrintText {
  const lang = printLang(print);
  return Object.assign((key: MessageKey, params?: MessageParams) => t(lang, key, params), {
    lang,
  });
}

/** The language a PrintText speaks. */
export function printLangOf(text: PrintText): Lang {
  return text.lang;
}
