import { z } from 'zod';
import { LANGS } from '../core/i18n/catalog';
import { VORLAGE_PARTS } from '../core/import/vorlage';
import {
  bodyKindSchema,
  documentFormSchema,
  MAX_SIGNATORIES,
  personKindSchema,
  signatoryRoleSchema,
} from '../core/model/schema';
import { keyCardSchema, keyringSchema } from '../core/review/keyring';
import {
  MAX_SNIPPET_TEXT,
  MAX_SNIPPETS,
  SNIPPET_FORMAT_ID,
  SNIPPET_FORMAT_VERSION,
} from '../core/snippets/model';

/**
 * The one contract between the renderer (untrusted) and the host (Electron main, or the
 * browser-mode server on loopback). Every request is validated against its schema in the host
 * before a handler sees it; the renderer gets typed calls from the same definitions.
 *
 * Documents cross the boundary as plain JSON (`unknown` here): the host re-validates them with
 * the core's document schema, so a compromised renderer cannot smuggle in what a file could not.
 */

/** Upper bound of one request: a big document plus headroom. Larger messages are refused. */
export const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

const handle = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const path = z.string().min(1).max(4096);
const documentJson = z.unknown();
/**
 * A document as its JSON text (JSON.stringify of what the renderer holds), for requests the host
 * hands to a worker thread (export.write): the text crosses as one string, so the host's main
 * thread neither parses nor copies the document's objects; the worker parses and validates it
 * as it would a file (depth, keys twice, the schema) before anything is done with it.
 */
const documentText = z.string().max(MAX_REQUEST_BYTES);

/**
 * Something an import left out that the user should hear of (a reference to an OParl object
 * not in the file, a body taken from the meeting's name): a catalog key and its parameters,
 * so the renderer says it in the user's language.
 */
export const importWarningSchema = z.strictObject({
  code: z.string().max(200),
  params: z.record(z.string().max(100), z.union([z.string().max(2000), z.number()])),
});
export type ImportWarningInfo = z.infer<typeof importWarningSchema>;

export const openDocumentSchema = z.object({
  handle,
  /** Null for a new, never saved document. */
  path: path.nullable(),
  /** File name for the title bar ("Unbenannt" for new documents is the renderer's choice). */
  name: z.string(),
  document: documentJson,
  /** What the file on disk was when read or last written; detects changes by others. */
  fingerprint: z.string().nullable(),
  /** The document came from a recovery copy, not from its file: it has unsaved changes. */
  recovered: z.boolean(),
  /** The document was just made from an imported agenda: it holds data but no file yet. */
  imported: z.boolean().default(false),
  /** What the import skipped (document.import only; at most 100, as the importer keeps). */
  importWarnings: z.array(importWarningSchema).max(200).default([]),
  /** Opened read-only because this clerk holds the file (its lock file); null: ours to edit. */
  lockedBy: z
    .object({ user: z.string(), host: z.string(), pid: z.number(), since: z.string() })
    .nullable()
    .default(null),
});

export const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  form: documentFormSchema,
  /** Council or one of its committees. */
  kind: bodyKindSchema,
  /** The state whose rules profile the template follows ("SH"); '' for a body's own rules. */
  state: z.string(),
  stateName: z.string(),
  /** The paragraph on the Niederschrift, "§ 41 GO SH". */
  law: z.string(),
});

export const recentEntrySchema = z.object({
  path,
  name: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});

export const recoveryEntrySchema = z.object({
  id: z.string(),
  /** The user's file this copy belongs to, or null for a never-saved document. */
  path: path.nullable(),
  name: z.string(),
  savedAt: z.string(),
  /** A short description ("Verwaltungsausschuss, TOP 12 …") to recognise it by. */
  summary: z.string(),
});

export const settingsSchema = z.object({
  language: z.enum(LANGS),
  /** Write the user's own file a few seconds after each change, not only on Ctrl+S. */
  autosaveToFile: z.boolean(),
  /** The name used for comments, suggestions and signatures on this machine. */
  userName: z.string().max(200),
  /** The state the clerk picked last on the start screen ("SH"); its templates come first. */
  templateState: z.string().max(2).optional(),
  /** "Zum Wörterbuch hinzufügen": the user's own words for the offline spell checker. */
  spellingWords: z.array(z.string().min(1).max(100)).max(20_000).optional(),
  /** The body's keyring (Schlüsselverzeichnis) signatures are checked against; '' for none. */
  keyringPath: z.string().max(4096).optional(),
  /**
   * Browser mode: folders the user added to the file picker (besides home). Changed only
   * through files.addRoot/removeRoot, which check them; settings.set does not take them.
   */
  pickerRoots: z.array(path).max(50).optional(),
});

/** One text snippet (core/snippets/model.ts); the host validates the whole set on storing. */
export const snippetSchema = z.strictObject({
  id: z.string().min(1).max(80),
  name: z.string().max(200),
  text: z.string().max(MAX_SNIPPET_TEXT),
  shortcut: z.string().max(20).optional(),
});

/** A snippet set in the portable format (protokollant/textbausteine, version 1). */
export const snippetSetSchema = z.object({
  format: z.literal(SNIPPET_FORMAT_ID),
  version: z.literal(SNIPPET_FORMAT_VERSION),
  name: z.string().max(200),
  snippets: z.array(snippetSchema).max(MAX_SNIPPETS),
});

export const fileEntrySchema = z.object({
  name: z.string(),
  path,
  kind: z.enum(['file', 'folder']),
  size: z.number(),
  modifiedAt: z.string(),
});

/**
 * How the host's file system writes paths and file names (app.info): the renderer joins,
 * splits and names files by these rules and never guesses them from a path's look.
 */
export const pathStyleSchema = z.object({
  /** Between folders: a backslash on Windows (which accepts "/" too), "/" elsewhere. */
  separator: z.enum(['/', '\\']),
  /** Characters a file name may not hold: the renderer replaces them in the names it proposes. */
  forbiddenInName: z.string(),
  /** Whether "Akten" and "akten" name the same folder (Windows, macOS). */
  caseInsensitive: z.boolean(),
});
export type PathStyle = z.infer<typeof pathStyleSchema>;

/**
 * A place the browser-mode picker offers: the documents folder, home, a folder of this run
 * (`--root`, a start file's folder) or one the user added. Only inside these can it go.
 */
export const pickerPlaceSchema = z.object({
  path,
  kind: z.enum(['documents', 'home', 'session', 'added']),
});

export const exportKindSchema = z.enum(['docx', 'pdf', 'html']);

/**
 * What a native open dialog looks for: minutes, an agenda to import, a Beschlussvorlage, a body
 * file (Gremium), a folder (the archive), the body's keyring or a key card (JSON), or a signing
 * key file (PEM).
 */
export const openKindSchema = z.enum([
  'protokoll',
  'agenda',
  'vorlage',
  'gremium',
  'folder',
  'keyring',
  'keyCard',
  'signingKey',
]);
export type OpenKind = z.infer<typeof openKindSchema>;

/** The id the renderer gives a long export, to follow its progress and cancel it. */
const jobId = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** Where an export stands (host/work/export-jobs.ts). */
export const exportStatusSchema = z.object({
  /** 'unknown': no export with this id (yet): the poll may come before the export starts. */
  state: z.enum(['running', 'done', 'failed', 'cancelled', 'unknown']),
  /**
   * 'prepare' and 'write': the items, one by one (DOCX builds them, then writes them; HTML and
   * the PDF's page write them once); then 'package' (DOCX), 'print' and 'finish' (PDF), and
   * 'save' (the file written).
   */
  phase: z.enum(['start', 'prepare', 'write', 'package', 'print', 'finish', 'save']),
  done: z.number(),
  total: z.number(),
  /** The item being written ("TOP 17: …"); '' between the items' phases. */
  item: z.string(),
});

/** A person read from a roster file (core/roster/entry.ts), before it meets the roster. */
export const rosterEntrySchema = z.object({
  fields: z.object({
    kind: personKindSchema,
    formOfAddress: z.string().max(2_000),
    honorific: z.string().max(2_000),
    title: z.string().max(2_000),
    givenName: z.string().max(2_000),
    familyName: z.string().min(1).max(2_000),
    group: z.string().max(2_000),
    unit: z.string().max(2_000),
    role: z.string().max(2_000),
    votingRight: z.boolean(),
  }),
  oparlId: z.string().max(2_000),
  source: z.string().max(2_000),
  chair: z.boolean(),
});

/** One file of minutes in the archive view. */
export const archiveFileSchema = z.object({
  path,
  /** Relative to the archive folder. */
  file: z.string(),
  date: z.string(),
  minutesNumber: z.string(),
  body: z.string(),
  items: z.number(),
});

/** One item found in the archive; `path` and `itemId` open it. */
export const archiveHitSchema = z.object({
  path,
  file: z.string(),
  date: z.string(),
  minutesNumber: z.string(),
  top: z.string(),
  itemId: z.string(),
  title: z.string(),
  paperRef: z.string(),
  public: z.boolean(),
  line: z.string(),
});

/** A user-facing failure: the host has already put it into the user's language. */
export const hostErrorSchema = z.object({
  code: z.string(),
  message: z.string(),
});

/** The signing identity of the current user (settings.userName) on this machine. */
export const identityInfoSchema = z.object({
  /** The name signatures are made with; empty until the user entered one. */
  name: z.string(),
  /** Raw Ed25519 public key (base64), made on first use; null while there is no name. */
  publicKey: z.string().nullable(),
  /** "3f2a 9c01 …": what a signer compares to recognise their key. */
  fingerprint: z.string().nullable(),
  createdAt: z.string().nullable(),
});

/** The keyring file the settings name: its path, its entries, or why it cannot be used. */
export const keyringViewSchema = z.object({
  path: z.string(),
  keyring: keyringSchema.nullable(),
  problem: z.string().nullable(),
});

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A signature place of rules.signatories, by index. */
const signatureSlot = z
  .number()
  .int()
  .min(0)
  .max(MAX_SIGNATORIES - 1);
/** A key's passphrase, sent for one use. */
const passphrase = z.string().max(1_000);

/**
 * Requests are strict: a key the contract does not name is refused, not silently dropped, so
 * nothing unexpected (a misspelt option, a "__proto__") passes for a valid request.
 */
const vorlageBlockSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('paragraph'), text: z.string() }),
  z.object({ kind: z.literal('numberedList'), items: z.array(z.string()) }),
  z.object({ kind: z.literal('bulletList'), items: z.array(z.string()) }),
  z.object({ kind: z.literal('table'), rows: z.array(z.array(z.string())) }),
]);
/** A Beschlussvorlage as the host read it (core/import/vorlage.ts). */
const vorlageSchema = z.object({
  name: z.string(),
  paperRef: z.string(),
  title: z.string(),
  fileRef: z.string(),
  department: z.string(),
  date: z.string(),
  parts: z.array(
    z.object({
      key: z.enum(VORLAGE_PARTS),
      blocks: z.array(vorlageBlockSchema),
    }),
  ),
});

export const hostMethods = {
  'app.info': {
    request: z.strictObject({}),
    response: z.object({
      mode: z.enum(['electron', 'browser']),
      version: z.string(),
      platform: z.string(),
      /** Documents to open at start: files from the command line or the OS. */
      startupFiles: z.array(path),
      /** A recovery copy this window should restore at start (Electron: "restore" from another window). */
      startupRecovery: z.string().nullable(),
      /** A template this window should start a new document from (Electron: "new" from another window). */
      startupTemplate: z.string().nullable(),
      documentsFolder: path,
      /** The user's autosave delay for recovery copies, in milliseconds. */
      autosaveDelayMs: z.number(),
      /** Separators and file-name rules of the host's file system. */
      paths: pathStyleSchema,
    }),
  },
  'templates.list': { request: z.strictObject({}), response: z.array(templateSummarySchema) },
  'document.new': {
    request: z.strictObject({ templateId: z.string().max(200) }),
    response: openDocumentSchema,
  },
  /**
   * Opens a file: for editing (its lock file is made; refused while another clerk holds it),
   * read-only (no lock, `lockedBy` names the holder) or taking over a stale lock.
   */
  'document.open': {
    request: z.strictObject({
      path,
      mode: z.enum(['edit', 'readOnly', 'takeOver']).optional(),
    }),
    response: openDocumentSchema,
  },
  /** Who holds a file (the lock file beside it) and whether that lock is stale: asked first. */
  'document.lockStatus': {
    request: z.strictObject({ path }),
    response: z.object({
      state: z.enum(['free', 'mine', 'held', 'stale']),
      holder: z
        .object({ user: z.string(), host: z.string(), pid: z.number(), since: z.string() })
        .nullable(),
      reason: z.enum(['processGone', 'old', 'unreadable']).nullable(),
    }),
  },
  /**
   * A new, unsaved Niederschrift for the next meeting of the body whose last minutes are at
   * `path` (Folgesitzung): roster, signatories and numbering carried over. Without `date` the
   * meeting gets the suggested date (core/body/follow-up.ts suggestFollowUpDate), which the app
   * asks the clerk to confirm; the minutes number follows the date (a new year restarts at 1).
   */
  'document.followUp': {
    request: z.strictObject({
      path,
      date: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
      /** A body file's content (Gremium): its roster, signatories and numbering lead. */
      gremium: z.unknown().optional(),
    }),
    response: openDocumentSchema,
  },
  /** A new, unsaved Niederschrift from an agenda file (OParl JSON or CSV as Excel writes it). */
  'document.import': {
    request: z.strictObject({ path, templateId: z.string().max(200).nullable() }),
    response: openDocumentSchema,
  },
  'document.save': {
    request: z.strictObject({
      handle,
      document: documentJson,
      /** Where to save; null saves to the document's own path. */
      path: path.nullable(),
      /** Overwrite even when the file changed on disk since it was read. */
      force: z.boolean().default(false),
    }),
    response: z.object({ path, name: z.string(), fingerprint: z.string(), savedAt: z.string() }),
  },
  'document.close': { request: z.strictObject({ handle }), response: z.object({}) },
  /** Autosave: the recovery copy, in the user data folder; the user's file is not touched. */
  'recovery.write': {
    request: z.strictObject({ handle, document: documentJson }),
    response: z.object({ savedAt: z.string() }),
  },
  'recovery.list': { request: z.strictObject({}), response: z.array(recoveryEntrySchema) },
  'recovery.restore': {
    request: z.strictObject({ id: z.string().max(200) }),
    response: openDocumentSchema,
  },
  'recovery.discard': {
    request: z.strictObject({ id: z.string().max(200) }),
    response: z.object({}),
  },
  'recent.list': { request: z.strictObject({}), response: z.array(recentEntrySchema) },
  'settings.get': { request: z.strictObject({}), response: settingsSchema },
  'settings.set': {
    /**
     * Every setting but the keyring's path: that one is set by `keyring.use` / `keyring.create`
     * only, which read the file first (a path the dialog or picker gave, never a typed one);
     * the picker's roots are changed through files.addRoot/removeRoot only.
     */
    request: z.strictObject(
      settingsSchema.omit({ keyringPath: true, pickerRoots: true }).partial().shape,
    ),
    response: settingsSchema,
  },
  /** Browser mode's file picker (Electron uses native dialogs instead). */
  'files.list': {
    request: z.strictObject({
      folder: path.nullable(),
      /** Which files to show besides folders: .protokoll files, or the export formats too. */
      show: z
        .enum(['protokoll', 'exports', 'agenda', 'vorlage', 'gremium', 'keyring', 'signingKey'])
        .default('protokoll'),
    }),
    response: z.object({
      folder: path,
      parent: path.nullable(),
      entries: z.array(fileEntrySchema),
      places: z.array(pickerPlaceSchema),
    }),
  },
  /** Browser mode: adds a folder to the picker's roots (kept in the settings); refused in Electron. */
  'files.addRoot': {
    request: z.strictObject({ folder: path }),
    response: z.object({ folder: path, places: z.array(pickerPlaceSchema) }),
  },
  /** Browser mode: removes a folder the user added; home and start folders stay. */
  'files.removeRoot': {
    request: z.strictObject({ folder: path }),
    response: z.object({ places: z.array(pickerPlaceSchema) }),
  },
  /** Native dialogs (Electron); in browser mode they answer with `unsupported: true`. */
  'dialog.open': {
    /** What to open: minutes, or an agenda to import (OParl JSON, CSV). */
    request: z.strictObject({
      /** `folder`: a folder, not a file (the archive). */
      kind: openKindSchema.default('protokoll'),
    }),
    response: z.object({ path: path.nullable(), unsupported: z.boolean() }),
  },
  'dialog.save': {
    request: z.strictObject({
      suggestedName: z.string().max(255),
      kind: z.enum(['protokoll', 'docx', 'pdf', 'html', 'json', 'csv', 'gremium']),
    }),
    response: z.object({ path: path.nullable(), unsupported: z.boolean() }),
  },
  'export.write': {
    request: z.strictObject({
      documentText,
      kind: exportKindSchema,
      path,
      /** Export one item as an extract ("Auszug aus der Niederschrift"). */
      itemId: z.string().max(200).nullable(),
      /** DOCX: open comment threads as Word comments, for chairs who review in Word. */
      includeComments: z.boolean().default(false),
      /** "Nur öffentlicher Teil": the public version (core/publication/public.ts). */
      publicOnly: z.boolean().default(false),
      /** Follow (export.progress) and cancel (export.cancel) this export by an id of its own. */
      jobId: jobId.nullable().default(null),
    }),
    response: z.object({ path, bytes: z.number() }),
  },
  /**
   * Where the export with this id stands. The export runs on a worker thread, so this answers
   * while it runs (the progress bar polls it).
   */
  'export.progress': {
    request: z.strictObject({ jobId }),
    response: exportStatusSchema,
  },
  /**
   * Cancels the export with this id: its worker thread is ended and no file is written (the
   * export's request fails with "work.cancelled"). False when it had already ended.
   */
  'export.cancel': {
    request: z.strictObject({ jobId }),
    response: z.object({ cancelled: z.boolean() }),
  },
  'shell.openExternal': {
    request: z.strictObject({ url: z.string().max(2048) }),
    response: z.object({ opened: z.boolean() }),
  },
  'window.setTitle': {
    request: z.strictObject({ title: z.string().max(500), dirty: z.boolean() }),
    response: z.object({}),
  },
  /**
   * Opens a document in a new window (Electron: one window per document). Browser mode answers
   * `opened: false`: the page itself replaces its document after asking about unsaved changes.
   */
  'window.open': {
    request: z.strictObject({
      path: path.nullable(),
      templateId: z.string().max(200).nullable(),
      recoveryId: z.string().max(200).nullable(),
    }),
    response: z.object({ opened: z.boolean() }),
  },
  /**
   * The close handshake: after `window.closeRequested` the renderer has saved or the user chose
   * to discard, and now lets the window go. Browser mode answers `closed: false`.
   */
  'window.close': { request: z.strictObject({}), response: z.object({ closed: z.boolean() }) },
  /** Who signs on this machine: settings.userName and their key, if they made one. */
  'identity.describe': { request: z.strictObject({}), response: identityInfoSchema },
  /** Makes the current user's signing key, encrypted with their passphrase. */
  'identity.create': {
    request: z.strictObject({ passphrase }),
    response: identityInfoSchema,
  },
  /** The current user's public key card, for the administration's keyring. */
  'identity.card': { request: z.strictObject({}), response: keyCardSchema },
  /**
   * Takes over a key file its holder made with `protokollant keys new` (or OpenSSL) as the
   * current user's key; `path` is what the host's dialog or picker gave.
   */
  'identity.import': {
    request: z.strictObject({ path, passphrase }),
    response: identityInfoSchema,
  },
  /** Writes the current user's key card to a path the save dialog gave. */
  'identity.saveCard': {
    request: z.strictObject({ path }),
    response: z.object({ path, name: z.string() }),
  },
  /** The keyring the settings name, read now: its entries, or why it cannot be used. */
  'keyring.get': { request: z.strictObject({}), response: keyringViewSchema },
  /** Uses the keyring file the dialog or picker gave (read first); '' uses none. */
  'keyring.use': {
    request: z.strictObject({ path: z.string().max(4096) }),
    response: keyringViewSchema,
  },
  /** Makes a new, empty keyring where the save dialog said, and uses it. */
  'keyring.create': {
    request: z.strictObject({ path, body: z.string().max(2_000) }),
    response: keyringViewSchema,
  },
  /** Reads a key card file (from the dialog or picker) to show it before it is added. */
  'keyring.readCard': { request: z.strictObject({ path }), response: keyCardSchema },
  /** Adds the key of a key card to the keyring in use. */
  'keyring.add': {
    request: z.strictObject({
      cardPath: path,
      /** The holder as the minutes name them; '' takes the card's name. */
      name: z.string().max(200),
      from: isoDay.or(z.literal('')),
      until: isoDay.or(z.literal('')),
      roles: z.array(signatoryRoleSchema).max(10).default([]),
    }),
    response: keyringViewSchema,
  },
  /** Ends a key's validity on a day (signatures made before stay confirmed). */
  'keyring.end': {
    request: z.strictObject({ publicKey: z.string().max(200), until: isoDay }),
    response: keyringViewSchema,
  },
  /** Removes a key from the keyring in use. */
  'keyring.remove': {
    request: z.strictObject({ publicKey: z.string().max(200) }),
    response: keyringViewSchema,
  },
  /**
   * Signs one place of the minutes in review as the current user. The secret key stays in the
   * host; the renderer gets the signed document back (approved when it was the last place).
   */
  'review.sign': {
    request: z.strictObject({
      document: documentJson,
      slot: signatureSlot,
      /** The roster person signing, when the place names nobody yet (a member place). */
      personId: z.string().max(200).default(''),
      /** Unlocks the signer's key for this one signature; never stored. */
      passphrase,
    }),
    response: z.object({ document: documentJson }),
  },
  /** Signs a correction (Berichtigung) of approved minutes for one of their signature places. */
  'review.signCorrection': {
    request: z.strictObject({
      document: documentJson,
      correctionId: z.string().min(1).max(200),
      slot: signatureSlot,
      passphrase,
    }),
    response: z.object({ document: documentJson }),
  },
  /** The people of a roster file (CSV as Excel writes it, or OParl JSON); nothing is stored. */
  'roster.read': {
    request: z.strictObject({ path }),
    response: z.object({ entries: z.array(rosterEntrySchema).max(5_000) }),
  },
  /** Writes the roster of the document as a CSV (Excel: UTF-8 with BOM, or Windows-1252). */
  'roster.export': {
    request: z.strictObject({
      document: documentJson,
      path,
      encoding: z.enum(['utf-8', 'windows-1252']).default('utf-8'),
    }),
    response: z.object({ path, bytes: z.number() }),
  },
  /** A body file (.gremium): checked by the host; the renderer checks it again with the core. */
  'gremium.read': {
    request: z.strictObject({ path }),
    response: z.object({ path, name: z.string(), gremium: z.unknown() }),
  },
  /** Writes a body file atomically; the host validates the body before anything is written. */
  'gremium.write': {
    request: z.strictObject({ path, gremium: z.unknown() }),
    response: z.object({ path, name: z.string() }),
  },
  /** New, unsaved minutes of a body: its template (or the one given) with its data and roster. */
  'document.fromGremium': {
    request: z.strictObject({
      gremium: z.unknown(),
      templateId: z.string().max(200).nullable().default(null),
    }),
    response: openDocumentSchema,
  },
  /** A folder of minutes read as an archive: its files by date and number. */
  'archive.open': {
    request: z.strictObject({ folder: path }),
    response: z.object({
      folder: path,
      files: z.array(archiveFileSchema),
      items: z.number(),
      problems: z.array(z.object({ file: z.string(), message: z.string() })),
    }),
  },
  /** Full-text search across the archive's items (core/archive/search.ts). */
  'archive.search': {
    request: z.strictObject({ folder: path, query: z.string().min(1).max(500) }),
    response: z.object({ total: z.number(), hits: z.array(archiveHitSchema) }),
  },
  /**
   * The clerk's text snippets (user data folder); until some are stored, the bundled set the
   * open document's body names (`starter`, core/snippets/starter.ts bodySnippetSetId).
   */
  'snippets.get': {
    request: z.strictObject({ starter: z.enum(['neutral', 'stuttgart']).optional() }),
    response: snippetSetSchema,
  },
  /** Stores the whole set; refused with the first problem (unknown placeholder, …). */
  'snippets.set': {
    request: z.strictObject({
      name: z.string().max(200),
      snippets: z.array(snippetSchema).max(MAX_SNIPPETS),
    }),
    response: snippetSetSchema,
  },
  /** Writes the stored set as a portable snippet file to a path the user chose. */
  'snippets.export': {
    request: z.strictObject({ path, starter: z.enum(['neutral', 'stuttgart']).optional() }),
    response: z.object({ path }),
  },
  /** Reads a portable snippet file; the set comes back without being stored. */
  'snippets.import': { request: z.strictObject({ path }), response: snippetSetSchema },
  /**
   * A Beschlussvorlage (DOCX, text PDF) read and analysed by the host: a file the host's own
   * dialog or picker gave (`path`), or one the clerk dropped on the item (`file`, its bytes).
   */
  'vorlage.read': {
    request: z
      .strictObject({
        path: path.nullable().default(null),
        file: z
          .strictObject({
            name: z.string().min(1).max(255),
            /** base64; the host refuses more than 25 MB. */
            data: z.string().max(35_000_000),
          })
          .nullable()
          .default(null),
      })
      .refine((r) => (r.path === null) !== (r.file === null), 'path or file'),
    response: vorlageSchema,
  },
} as const;

export type HostMethod = keyof typeof hostMethods;
export type HostRequest<M extends HostMethod> = z.input<(typeof hostMethods)[M]['request']>;
export type HostRequestParsed<M extends HostMethod> = z.output<(typeof hostMethods)[M]['request']>;
export type HostResponse<M extends HostMethod> = z.output<(typeof hostMethods)[M]['response']>;
export type HostError = z.infer<typeof hostErrorSchema>;

export type OpenDocument = z.infer<typeof openDocumentSchema>;
export type TemplateSummary = z.infer<typeof templateSummarySchema>;
export type RecentEntry = z.infer<typeof recentEntrySchema>;
export type RecoveryEntry = z.infer<typeof recoveryEntrySchema>;
export type Settings = z.infer<typeof settingsSchema>;
export type FileEntry = z.infer<typeof fileEntrySchema>;
export type PickerPlace = z.infer<typeof pickerPlaceSchema>;
export type ExportKind = z.infer<typeof exportKindSchema>;
export type IdentityInfo = z.infer<typeof identityInfoSchema>;
export type SnippetSetPayload = z.infer<typeof snippetSetSchema>;
export type RosterEntryPayload = z.infer<typeof rosterEntrySchema>;
export type ArchiveFile = z.infer<typeof archiveFileSchema>;
export type ArchiveHit = z.infer<typeof archiveHitSchema>;

/** The result envelope of every call over the wire (IPC or HTTP). */
export type HostResult<M extends HostMethod> =
  { ok: true; value: HostResponse<M> } | { ok: false; error: HostError };

/** Commands the host sends to the renderer (native menu items, files handed over by the OS). */
export const hostEvents = {
  'menu.command': z.object({
    command: z.enum([
      'new',
      'open',
      'save',
      'saveAs',
      'exportDocx',
      'exportPdf',
      'exportExtract',
      'close',
      'find',
      'preview',
      'check',
      'import',
      'followUp',
      // A Beschlussvorlage (DOCX, PDF) into the current item
      'importVorlage',
      'undo',
      'redo',
      'about',
      // Prüfung (review and sign-off)
      'reviewPanel',
      'sendForReview',
      'returnToDraft',
      'sign',
      'saveVersion',
      'changesSinceReview',
      'addCorrection',
      // The body file (Gremium) and the archive
      'editGremium',
      'applyGremium',
      'archive',
      // Einstellungen › Unterschrift: the user's key and the body's keyring
      'signatureSettings',
    ]),
  }),
  'document.openPath': z.object({ path }),
  /**
   * The user closes the window (or quits) while the renderer reported unsaved changes. The
   * renderer asks, saves or discards, then calls `window.close`; doing nothing keeps it open.
   */
  'window.closeRequested': z.object({ reason: z.enum(['close', 'quit']) }),
  /** The language setting changed (from another window or the menu): re-render in it. */
  'settings.changed': settingsSchema,
} as const;

export type HostEvent = keyof typeof hostEvents;
export type HostEventPayload<E extends HostEvent> = z.infer<(typeof hostEvents)[E]>;

/** The renderer's view of the host: the same in Electron (preload) and the browser mode. */
export interface HostApi {
  call<M extends HostMethod>(method: M, request: HostRequest<M>): Promise<HostResponse<M>>;
  on<E extends HostEvent>(event: E, listener: (payload: HostEventPayload<E>) => void): () => void;
}

export type MenuCommand = HostEventPayload<'menu.command'>['command'];

export function isHostMethod(name: unknown): name is HostMethod {
  return typeof name === 'string' && Object.hasOwn(hostMethods, name);
}
