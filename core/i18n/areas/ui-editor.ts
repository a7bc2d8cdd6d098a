/** Messages of the app (ui-editor). Keys start with "editor.". */
export const de = {} as const;

export const en: Record<keyof typeof de, string> = {};
