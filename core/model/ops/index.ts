/**
 * Pure, immutable edits of a ProtocolDocument: each returns a new document (or the same one when
 * nothing changes), refusals name a catalog message. The UI's panels and the CLI share them.
 */
export * from './attendance';
export * from './findings';
export * from './header';
export * from './items';
export * from './numbering';
export * from './people';
export * from './quorum';
export * from './result';
export * from './renumber';
export * from './signatories';
