import { t, type Lang, type MessageKey, type MessageParams } from './i18n/catalog';

/**
 * An error the user can act on: bad input, a refused file, an unwritable path. It carries a
 * catalog key, so every entry point (CLI, app, browser mode) says the same thing in the
 * user's language, and never a stack trace. Named for whom it is meant (it was "ProtocolError",
 * which read as an error in the minutes and sat beside the DevTools protocol's CdpError).
 */
export class UserError extends Error {
  readonly code: MessageKey;
  readonly params: MessageParams;

  constructor(code: MessageKey, params: MessageParams = {}, options?: { cause?: unknown }) {
    super(t('de', code, params), options);
    this.name = 'UserError';
    this.code = code;
    this.params = params;
  }

  localized(lang: Lang): string {
    return t(lang, this.code, this.params);
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}
