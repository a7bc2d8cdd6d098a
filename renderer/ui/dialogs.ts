import { createContext, useContext } from 'react';
import type { ExportKind } from '../../contract/host-api';
import type { ProtocolDocument } from '../../core/model/schema';

export interface Choice<T extends string> {
  id: T;
  label: string;
  kind?: 'primary' | 'danger' | 'plain';
}

export type SaveKind = 'protokoll' | 'docx' | 'pdf' | 'csv' | 'gremium' | 'json';

/**
 * The app's questions and pickers as a service: features ask through it, the shell's
 * DialogProvider shows them (so a feature never imports the shell).
 */
export interface Dialogs {
  /** A question with buttons; null when cancelled (Escape). */
  ask<T extends string>(title: string, message: string, choices: Choice<T>[]): Promise<T | null>;
  /** A file to open: the native dialog in Electron, the in-app picker in browser mode. */
  pickOpen(): Promise<string | null>;
  /** An agenda to import: OParl JSON or CSV. */
  pickImport(): Promise<string | null>;
  /** The last minutes of a body, to make the next ones from (Folgesitzung). */
  pickPrevious(): Promise<string | null>;
  /** A roster to import: CSV as Excel writes it, or OParl JSON. */
  pickRoster(): Promise<string | null>;
  /** A Beschlussvorlage (DOCX, PDF) to import into an item. */
  pickVorlage(): Promise<string | null>;
  /** A body file (.gremium) to open. */
  pickGremium(): Promise<string | null>;
  /** A folder (the archive): the native folder dialog, or the picker in folder mode. */
  pickFolder(title: string): Promise<string | null>;
  /** The body's keyring (JSON), a holder's key card (JSON) or a signing key file (PEM). */
  pickSigning(kind: 'keyring' | 'keyCard' | 'signingKey'): Promise<string | null>;
  /** Where to save or export. */
  pickSave(kind: SaveKind, suggestedName: string): Promise<string | null>;
  /** The date of a new meeting (Folgesitzung), prefilled; ISO, or null when cancelled. */
  askDate(initialIso: string): Promise<string | null>;
  /** Which item and format for an extract ("Auszug aus der Niederschrift"). */
  chooseExtract(document: ProtocolDocument): Promise<{ itemId: string; kind: ExportKind } | null>;
}

export const DialogsContext = createContext<Dialogs | null>(null);

export function useDialogs(): Dialogs {
  const dialogs = useContext(DialogsContext);
  if (!dialogs) throw new Error('useDialogs outside DialogProvider');
  return dialogs;
}
