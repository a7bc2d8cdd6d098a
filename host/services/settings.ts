import { join } from 'node:path';
import { settingsSchema, type Settings } from '../../contract/host-api';
import { readJsonFile, Serial, writeJsonFile } from './json-store';

type Listener = (settings: Settings) => void;

/** The user's settings (settings.json in the user data folder), cached after the first read. */
export class SettingsService {
  private readonly file: string;
  private current: Settings | null = null;
  private readonly serial = new Serial();
  private readonly listeners = new Set<Listener>();

  constructor(
    userData: string,
    private readonly defaults: Settings = { language: 'de', autosaveToFile: false, userName: '' },
  ) {
    this.file = join(userData, 'settings.json');
  }

  async get(): Promise<Settings> {
    if (this.current) return this.current;
    // Fields added in later versions get their defaults; unknown ones are dropped.
    const stored = await readJsonFile(this.file, settingsSchema.partial(), () => ({}));
    this.current = { ...this.defaults, ...stored };
    return this.current;
  }

  /** The last known settings without waiting: for messages that must not fail. */
  cached(): Settings {
    return this.current ?? this.defaults;
  }

  set(patch: Partial<Settings>): Promise<Settings> {
    return this.serial.run(async () => {
      const next = settingsSchema.parse({ ...(await this.get()), ...patch });
      await writeJsonFile(this.file, next);
      this.current = next;
      for (const listener of this.listeners) listener(next);
      return next;
    });
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
