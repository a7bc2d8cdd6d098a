import pkg from '../package.json';

/** The app's version, from package.json (bundled into each entry point by the build). */
export const APP_VERSION: string = pkg.version;
