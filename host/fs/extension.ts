/** The path with the extension added when it does not end in it already (any case). */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(extension.toLowerCase()) ? path : `${path}${extension}`;
}
