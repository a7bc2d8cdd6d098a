import { t, type Lang, type MessageKey, type MessageParams } from './i18n/catalog';

/**
 * An error the user can act on: bad input, a refused file, an unwritable path. It carries a
 * catalog key, so every entry point (CLI, app, browser mode) says the same thing in the
 * user's language, and never a stack trace.
 */
export class ProtocolError extends Error {
  readonly code: MessageKey;
  readonly params: MessageParams;

  constructor(code: MessageKey, params: MessageParams = {}, options?: { cause?: unknown }) {
    super(t('de', code, params), options);
    this.name = 'ProtocolError';
    this.code = code;
    this.params = params;
  }

  localized(lang: Lang): string {
    return t(lang, this.code, this.params);
  }
}

export function isProtocolError(error: unknown): error is ProtocolError {
  return error instanceof ProtocolError;
}
