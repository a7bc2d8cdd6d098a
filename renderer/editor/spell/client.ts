import type { SpellReply, SpellRequest } from './protocol';

/**
 * One spell worker for the whole window (the editor is remounted per item; the dictionaries are
 * read once). The dictionaries are files of the app itself, bundled from dictionary-de and
 * dictionary-en: nothing is downloaded from anywhere else.
 */
const DICTIONARIES = [
  {
    lang: 'de' as const,
    aff: new URL('../../../node_modules/dictionary-de/index.aff', import.meta.url).href,
    dic: new URL('../../../node_modules/dictionary-de/index.dic', import.meta.url).href,
  },
  {
    lang: 'en' as const,
    aff: new URL('../../../node_modules/dictionary-en/index.aff', import.meta.url).href,
    dic: new URL('../../../node_modules/dictionary-en/index.dic', import.meta.url).href,
  },
];

export interface SpellClient {
  ready: Promise<boolean>;
  setKnown(words: readonly string[]): void;
  /** The words of `words` the dictionaries do not know. */
  check(words: readonly string[]): Promise<Set<string>>;
}

let client: SpellClient | null = null;

export function spellClient(): SpellClient {
  if (client) return client;
  const worker = new Worker(new URL('./spell.worker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, (wrong: Set<string>) => void>();
  let next = 1;
  let lastKnown = '';
  const send = (request: SpellRequest) => worker.postMessage(request);
  const ready = new Promise<boolean>((resolve) => {
    worker.addEventListener('message', (event: MessageEvent<SpellReply>) => {
      const reply = event.data;
      if (reply.type === 'ready') resolve(true);
      else if (reply.type === 'failed') resolve(false);
      else if (reply.type === 'checked') {
        pending.get(reply.id)?.(new Set(reply.wrong));
        pending.delete(reply.id);
      }
    });
    worker.addEventListener('error', () => resolve(false));
  });
  send({ type: 'init', dictionaries: DICTIONARIES });
  client = {
    ready,
    setKnown(words) {
      const key = words.join('\n');
      if (key === lastKnown) return;
      lastKnown = key;
      send({ type: 'known', words: [...words] });
    },
    check(words) {
      const id = next++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        send({ type: 'check', id, words: [...words] });
      });
    },
  };
  return client;
}
