/** Messages of the app (ui-shell). Keys start with "shell.". */
export const de = {} as const;

export const en: Record<keyof typeof de, string> = {};
