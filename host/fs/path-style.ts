import type { PathStyle } from '../../contract/host-api';

/** Control characters: Windows refuses them in names, and no file manager shows them. */
const CONTROL = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join('');

/**
 * The path rules the renderer follows, for the platform the host runs on (process.platform).
 * The characters refused in names are Windows's on every platform: minutes travel to shares,
 * USB sticks and colleagues' Windows machines, and a name that one of them refuses would make
 * the file unusable there.
 */
export function pathStyleFor(platform: string): PathStyle {
  return {
    separator: platform === 'win32' ? '\\' : '/',
    forbiddenInName: `<>:"/\\|?*${CONTROL}`,
    caseInsensitive: platform === 'win32' || platform === 'darwin',
  };
}
