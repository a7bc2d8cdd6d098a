import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * The undo of a panel's steps (a deletion, an agenda move): each is offered in a toast for a
 * while and stays on a small stack for Ctrl+Z in the panel. An entry belongs to the document it was made in,
 * so an undo never reaches into another document.
 */
export interface UndoEntry<T> {
  id: number;
  documentId: string;
  /** What the toast says: "TOP 4 gelöscht". */
  message: string;
  payload: T;
}

const STACK_LIMIT = 20;

export function useUndoStack<T>(documentId: string, toastMs: number) {
  const [stack, setStack] = useState<UndoEntry<T>[]>([]);
  const [toast, setToast] = useState<UndoEntry<T> | null>(null);
  const next = useRef(1);

  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(() => setToast(null), toastMs);
    return () => window.clearTimeout(timer);
  }, [toast, toastMs]);

  /** `toast: false` keeps the step for Ctrl+Z without a notice (a new item being named). */
  const push = useCallback(
    (message: string, payload: T, options: { toast?: boolean } = {}) => {
      const entry: UndoEntry<T> = { id: next.current++, documentId, message, payload };
      setStack((s) => [...s.slice(-(STACK_LIMIT - 1)), entry]);
      setToast(options.toast === false ? null : entry);
    },
    [documentId],
  );

  /** Takes the latest entry of this document off the stack (or a given one). */
  const take = useCallback(
    (entryId?: number): UndoEntry<T> | null => {
      const candidates = stack.filter((e) => e.documentId === documentId);
      const entry =
        entryId === undefined ? candidates.at(-1) : candidates.find((e) => e.id === entryId);
      if (!entry) return null;
      setStack((s) => s.filter((e) => e.id !== entry.id));
      setToast((t) => (t?.id === entry.id ? null : t));
      return entry;
    },
    [stack, documentId],
  );

  const dismiss = useCallback(() => setToast(null), []);

  return { toast: toast?.documentId === documentId ? toast : null, push, take, dismiss };
}
