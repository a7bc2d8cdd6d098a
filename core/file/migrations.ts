/**
 * Migrations of the document between schema versions: `migrations[n]` turns a version-n
 * document into version n+1. Each one is pure and total on valid input of its version; the
 * result is validated against the current schema afterwards, so a migration need not check.
 */
export const migrations: Record<number, (document: unknown) => unknown> = {};
