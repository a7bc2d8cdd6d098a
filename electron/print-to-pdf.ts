import { BrowserWindow, session, type Session } from 'electron';
import { randomUUID } from 'node:crypto';
import type { PdfPageSetup } from '../core/export/html/page-setup';
import { PRINT_CSP } from '../core/export/html/render';
import { UserError } from '../core/errors';
import type { PrintLimits } from '../host/pdf/deadline';
import type { PdfEngine } from '../host/pdf/engine';
import { PrintScheduler } from '../host/pdf/print-scheduler';

/**
 * The PDF engine of the desktop app: Electron's own Chromium (webContents.printToPDF), fed the
 * same print HTML and the same page setup as the system Chromium engine of the CLI
 * (host/pdf/chromium.ts), so app and CLI print the same PDF. The shell installs it once the app
 * is ready: `setPdfEngineFactory(createElectronPdfEngine)` (host/pdf/engine.ts).
 *
 * This adapter type-checks against Electron's types; Electron does not run in the CI
 * environment, so the CLI engine is what the PDF tests exercise.
 */

const SCHEME = 'protokollant-print';
const MM_PER_INCH = 25.4;
const inches = (mm: number): number => mm / MM_PER_INCH;

function printOptions(setup: PdfPageSetup): Electron.PrintToPDFOptions {
  return {
    // printToPDF defaults to Letter, and its "A4" preset is rounded: give the size itself.
    pageSize: { width: inches(setup.widthMm), height: inches(setup.heightMm) },
    margins: {
      top: inches(setup.marginMm.top),
      right: inches(setup.marginMm.right),
      bottom: inches(setup.marginMm.bottom),
      left: inches(setup.marginMm.left),
    },
    generateTaggedPDF: setup.tagged,
    generateDocumentOutline: setup.outline,
    // Header and footer are the page's own margin boxes (see page-setup).
    displayHeaderFooter: setup.displayHeaderFooter,
    printBackground: setup.printBackground,
    preferCSSPageSize: false,
  };
}

/**
 * A session of its own for printing: in memory, no cache, no permissions, and no request
 * leaves it except the print page itself (served from memory by a protocol handler; the page's
 * fonts are data: URLs). This is the wall behind the page's CSP.
 */
function printSession(pages: Map<string, string>): Session {
  const ses = session.fromPartition(`protokollant-print-${randomUUID()}`, { cache: false });
  ses.protocol.handle(SCHEME, (request) => {
    const html = pages.get(request.url);
    if (html === undefined) return new Response(null, { status: 404 });
    return new Response(html, {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': PRINT_CSP,
      },
    });
  });
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      pages.has(details.url) || details.url.startsWith('data:') || details.url === 'about:blank';
    callback({ cancel: !allowed });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  return ses;
}

/** Prints that run at once: one hidden window each. */
export const PRINT_LANES = 2;
/** Print HTML from this size on is a long print (about 100 pages): it never takes the last lane. */
export const LONG_PRINT_HTML = 1_500_000;

export function createElectronPdfEngine(): PdfEngine {
  const pages = new Map<string, string>();
  let ses: Session | null = null;
  // One hidden window per lane; the queue (host/pdf/print-scheduler.ts, tested there) decides
  // which print runs on which lane, so one long print does not hold the others.
  const windows: (BrowserWindow | null)[] = Array.from({ length: PRINT_LANES }, () => null);
  const scheduler = new PrintScheduler({ lanes: PRINT_LANES, longSize: LONG_PRINT_HTML });
  const running = new Set<Promise<unknown>>();
  let closed = false;

  const printWindow = (lane: number): BrowserWindow => {
    ses ??= printSession(pages);
    let window = windows[lane];
    if (!window || window.isDestroyed()) {
      window = new BrowserWindow({
        show: false,
        webPreferences: {
          session: ses,
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          spellcheck: false,
          backgroundThrottling: false,
        },
      });
      window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      window.webContents.on('will-navigate', (event) => event.preventDefault());
      windows[lane] = window;
    }
    return window;
  };

  const printOne = async (
    lane: number,
    signal: AbortSignal,
    html: string,
    setup: PdfPageSetup,
  ): Promise<Uint8Array> => {
    if (closed) throw new UserError('export.engineClosed');
    const url = `${SCHEME}://document/${randomUUID()}.html`;
    pages.set(url, html);
    const window = printWindow(lane);
    const contents = window.webContents;
    // Time up or cancelled: the window goes with what it was printing; the lane's next print
    // gets a new one.
    const tearDown = () => {
      if (windows[lane] === window) windows[lane] = null;
      if (!window.isDestroyed()) window.destroy();
    };
    signal.addEventListener('abort', tearDown, { once: true });
    try {
      await contents.loadURL(url);
      await fontsLoaded(contents);
      const pdf = await contents.printToPDF(printOptions(setup));
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } catch (error) {
      if (error instanceof UserError) throw error;
      const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0];
      throw new UserError('export.pdfFailed', { detail: detail ?? '' }, { cause: error });
    } finally {
      signal.removeEventListener('abort', tearDown);
      pages.delete(url);
      // Leave nothing of the document in the window between prints.
      if (!contents.isDestroyed()) await contents.loadURL('about:blank').catch(() => undefined);
    }
  };

  return {
    warm() {
      if (!closed) printWindow(0);
    },
    print(html: string, setup: PdfPageSetup, limits?: PrintLimits) {
      const job = scheduler.schedule({
        owner: limits?.owner ?? '',
        size: html.length,
        run: (lane, signal) => printOne(lane, signal, html, setup),
        ...(limits ? { limits } : {}),
      });
      const settled = job.catch(() => undefined);
      running.add(settled);
      void settled.finally(() => running.delete(settled));
      return job;
    },
    async close() {
      closed = true;
      await Promise.all(running);
      for (const window of windows) if (window && !window.isDestroyed()) window.destroy();
      windows.fill(null);
      pages.clear();
      if (ses) {
        ses.protocol.unhandle(SCHEME);
        ses = null;
      }
    },
  };
}

/**
 * The page's fonts are data: URLs that load asynchronously. The page itself runs no script
 * (JavaScript is off), so the wait goes through the DevTools protocol, as the CLI engine's
 * Playwright does.
 */
async function fontsLoaded(contents: Electron.WebContents): Promise<void> {
  const debug = contents.debugger;
  const attached = debug.isAttached();
  if (!attached) debug.attach('1.3');
  try {
    await debug.sendCommand('Runtime.evaluate', {
      expression: 'Promise.all([...document.fonts].map((face) => face.load())).then(() => true)',
      awaitPromise: true,
      returnByValue: true,
    });
  } finally {
    if (!attached) debug.detach();
  }
}
