// Apart from the exporter: the CLI checks --oparl-base before it loads anything else, and an
// export to DOCX or PDF should not load the OParl writer for it.

/** The base URL as given, without a trailing slash; null when it is no http(s) URL. */
export function oparlBaseUrl(value: string): string | null {
  const trimmed = value.trim().replace(/\/+$/, '');
  if (!/^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/i.test(trimmed)) return null;
  try {
    return new URL(trimmed).protocol.startsWith('http') ? trimmed : null;
  } catch {
    return null;
  }
}
