/** Messages of the app (ui-meeting). Keys start with "meeting.". */
export const de = {} as const;

export const en: Record<keyof typeof de, string> = {};
