import { sha256 } from '@noble/hashes/sha2.js';
import type { ProtocolDocument } from '../model/schema';
import { bytesToHex } from '../util/base64';
import { canonicalJson } from './canonical';

/**
 * What a signature covers and a version freezes: everything that is the minutes, without the
 * review record around them (workflow history, comment threads, versions, signatures,
 * corrections). Comment anchors inside the text are part of the text and so are covered.
 */
export function signableContent(document: ProtocolDocument): Record<string, unknown> {
  return {
    id: document.id,
    templateId: document.templateId,
    form: document.form,
    language: document.language,
    body: document.body,
    layout: document.layout,
    rules: document.rules,
    meeting: document.meeting,
    people: document.people,
    attendance: document.attendance,
    items: document.items,
  };
}

export function canonicalContent(document: ProtocolDocument): string {
  return canonicalJson(signableContent(document));
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)));
}

/** SHA-256 (hex) of the canonical content: the "Prüfsumme" printed on signed exports. */
export function contentHash(document: ProtocolDocument): string {
  return sha256Hex(canonicalContent(document));
}

/** The short form printed in verification lines: groups of four, first 32 hex digits. */
export function shortHash(hash: string): string {
  return (hash.slice(0, 32).match(/.{4}/g) ?? []).join(' ');
}

/**
 * The full hash for reading and comparing on paper: sixteen groups of four, two lines of eight
 * ("12e1 d0a8 … / …"), nothing cut off.
 */
export function groupedHash(hash: string): string {
  return (hash.match(/.{1,4}/g) ?? []).join(' ');
}
