import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROFILES, stateProfiles } from './profiles';
import { profileDataSchema } from './schema';

const DIR = new URL('../../assets/rules/', import.meta.url);

describe('rules profiles', () => {
  it('holds every state file of assets/rules, each valid against the schema and under its own id', () => {
    const files = readdirSync(DIR).filter((name) => name.endsWith('.json'));
    expect(files).toHaveLength(13);
    const ids = files.map((name) => {
      const data = profileDataSchema.parse(JSON.parse(readFileSync(new URL(name, DIR), 'utf8')));
      expect(PROFILES[data.id].id).toBe(data.id);
      expect(PROFILES[data.id].data).toEqual(data);
      return data.id;
    });
    expect(new Set(ids).size).toBe(13);
    expect(Object.keys(PROFILES).sort()).toEqual([...ids, 'custom'].sort());
    expect(stateProfiles()).toHaveLength(13);
  });

  it('reads a profile once: every later lookup gives the same object', () => {
    expect(PROFILES['bw-gemo-38']).toBe(PROFILES['bw-gemo-38']);
  });
});
