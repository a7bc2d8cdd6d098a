import type { LoadOptions, SaveOptions } from 'pdf-lib';

/**
 * How this host reads and writes with pdf-lib. By default pdf-lib hands the event loop back
 * every 100 objects read and every 50 written, each time through a timer of at least a
 * millisecond: a 150-page tagged print (6,400 objects) spent about 0.3 s waiting on timers.
 * Our PDF post-processing runs in a worker thread in the app (host/work, cancelled by ending
 * the thread) and once per run in the CLI, so nothing is waiting for those turns.
 */
export const PDF_LOAD_OPTIONS: LoadOptions = {
  updateMetadata: false,
  parseSpeed: Number.POSITIVE_INFINITY,
};

export const PDF_SAVE_OPTIONS: SaveOptions = {
  useObjectStreams: false,
  addDefaultPage: false,
  updateFieldAppearances: false,
  objectsPerTick: Number.POSITIVE_INFINITY,
};
