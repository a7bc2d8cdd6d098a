import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { z } from 'zod';
import type { RecentEntry } from '../../contract/host-api';
import { readJsonFile, Serial, writeJsonFile } from './json-store';

const MAX_RECENT = 12;

const storedSchema = z.array(
  z.object({ path: z.string().min(1), name: z.string(), openedAt: z.string() }),
);
type Stored = z.infer<typeof storedSchema>;

/** Recently opened or saved documents (recent.json in the user data folder), newest first. */
export class RecentService {
  private readonly file: string;
  private readonly serial = new Serial();

  constructor(userData: string) {
    this.file = join(userData, 'recent.json');
  }

  private read(): Promise<Stored> {
    return readJsonFile(this.file, storedSchema, () => []);
  }

  add(path: string, now = new Date()): Promise<void> {
    const absolute = resolve(path);
    return this.serial.run(async () => {
      const entries = (await this.read()).filter((e) => e.path !== absolute);
      entries.unshift({ path: absolute, name: basename(absolute), openedAt: now.toISOString() });
      await writeJsonFile(this.file, entries.slice(0, MAX_RECENT));
    });
  }

  remove(path: string): Promise<void> {
    return this.serial.run(async () => {
      const entries = await this.read();
      await writeJsonFile(
        this.file,
        entries.filter((e) => e.path !== resolve(path)),
      );
    });
  }

  /** The paths on the list, without asking the disk (the host's path policy grants them). */
  async paths(): Promise<string[]> {
    return (await this.read()).map((entry) => entry.path);
  }

  /** The list with `exists` checked now: a moved file is shown, greyed out, not dropped. */
  async list(): Promise<RecentEntry[]> {
    const entries = await this.read();
    return Promise.all(
      entries.map(async (entry) => ({
        ...entry,
        exists: await stat(entry.path).then(
          (info) => info.isFile(),
          () => false,
        ),
      })),
    );
  }
}
