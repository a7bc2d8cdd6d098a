import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumExecutable } from '../../host/pdf/chromium';

/** A browser of our own for tests that inspect a page (the print HTML) as Chromium parses it. */
export function launchTestBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumExecutable(), args: CHROMIUM_ARGS });
}
