/**
 * The built worker thread beside the browser-mode server (dist/host-worker.mjs next to
 * dist/web.mjs; scripts/build.mjs makes both). The Electron shell names its own
 * (dist/electron/host-worker.cjs).
 */
export function webWorkerFile(): URL {
  return new URL('./host-worker.mjs', import.meta.url);
}
