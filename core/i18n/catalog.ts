import * as bodyArea from './areas/body';
import * as check from './areas/check';
import * as cli from './areas/cli';
import * as exporters from './areas/export';
import * as file from './areas/file';
import * as gremium from './areas/gremium';
import * as followUp from './areas/follow-up';
import * as lock from './areas/lock';
import * as importArea from './areas/import';
import * as itemKinds from './areas/item-kinds';
import * as print from './areas/print';
import * as reach from './areas/reach';
import * as review from './areas/review';
import * as signatures from './areas/signatures';
import * as safety from './areas/safety';
import * as uiEditor from './areas/ui-editor';
import * as uiMeeting from './areas/ui-meeting';
import * as uiReview from './areas/ui-review';
import * as uiShell from './areas/ui-shell';
import * as uiWorkspace from './areas/ui-workspace';
import * as vorlage from './areas/vorlage';
import * as work from './areas/work';

/**
 * The one message catalog. Each area of the app keeps its messages in its own module under
 * areas/ (so work on one area does not collide with another), and this file joins them.
 * German is the reference: English must translate every key.
 */
const de = {
  ...file.de,
  ...cli.de,
  ...uiShell.de,
  ...uiEditor.de,
  ...uiMeeting.de,
  ...uiWorkspace.de,
  ...uiReview.de,
  ...print.de,
  ...exporters.de,
  ...review.de,
  ...signatures.de,
  ...check.de,
  ...importArea.de,
  ...itemKinds.de,
  ...bodyArea.de,
  ...gremium.de,
  ...followUp.de,
  ...lock.de,
  ...vorlage.de,
  ...safety.de,
  ...work.de,
  ...reach.de,
} as const;
const en: Record<keyof typeof de, string> = {
  ...file.en,
  ...cli.en,
  ...uiShell.en,
  ...uiEditor.en,
  ...uiMeeting.en,
  ...uiWorkspace.en,
  ...uiReview.en,
  ...print.en,
  ...exporters.en,
  ...review.en,
  ...signatures.en,
  ...check.en,
  ...importArea.en,
  ...itemKinds.en,
  ...bodyArea.en,
  ...gremium.en,
  ...followUp.en,
  ...lock.en,
  ...vorlage.en,
  ...safety.en,
  ...work.en,
  ...reach.en,
};

export type MessageKey = keyof typeof de;
/** The app's languages: German first. */
export const LANGS = ['de', 'en'] as const;
export type Lang = (typeof LANGS)[number];
/** A parameter may itself need translating (a path, a detail): then it is given per language. */
export type MessageParam = string | number | ((lang: Lang) => string);
export type MessageParams = Record<string, MessageParam>;

const catalogs: Record<Lang, Record<MessageKey, string>> = { de, en };

export function isLang(value: unknown): value is Lang {
  return value === 'de' || value === 'en';
}

/** Looks up a message and fills `{name}` placeholders; unknown placeholders stay visible. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  const template = catalogs[lang][key] ?? catalogs.de[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    if (!Object.hasOwn(params, name)) return match;
    const value = params[name]!;
    return typeof value === 'function' ? value(lang) : String(value);
  });
}

/** Whether a key from outside (the host's import notes over IPC) names a message. */
export function hasMessage(key: string): key is MessageKey {
  return Object.hasOwn(catalogs.de, key);
}

/** For tests: every key of both languages. */
export function catalogKeys(lang: Lang): string[] {
  return Object.keys(catalogs[lang]);
}
