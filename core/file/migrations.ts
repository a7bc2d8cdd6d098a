/**
 * Migrations of the document between schema versions: `migrations[n]` turns a version-n
 * document into version n+1. Each one is pure and total on valid input of its version; the
 * result is validated against the current schema afterwards, so a migration need not check.
 */
export const migrations: Record<number, (document: unknown) => unknown> = {
  /**
   * Version 2 adds the review and sign-off record: workflow state, comment threads, versions,
   * signatures and corrections. A version-1 file is a draft with none of them.
   */
  1: (document) => {
    if (typeof document !== 'object' || document === null) return document;
    return {
      ...document,
      workflow: { state: 'draft', history: [] },
      comments: [],
      versions: [],
      signatures: [],
      corrections: [],
    };
  },
};
