/// <reference lib="webworker" />
import nspell from 'nspell';
import { dictionaryForNspell } from '../../../core/spelling/hunspell';
import { correctWord } from '../../../core/spelling/words';
import type { SpellReply, SpellRequest } from './protocol';

/**
 * The spell checker off the main thread: reads the bundled Hunspell dictionaries (German first,
 * then English) from the app's own origin, once, and answers which words are wrong. Loading
 * German takes seconds; the editor stays responsive meanwhile.
 */
type Speller = ReturnType<typeof nspell>;
let spellers: Promise<Speller[]> | null = null;
let personal = new Set<string>();
const verdicts = new Map<string, boolean>();

async function load(
  dictionaries: { lang: 'de' | 'en'; aff: string; dic: string }[],
): Promise<Speller[]> {
  const text = async (url: string) => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.text();
  };
  return Promise.all(
    dictionaries.map(async ({ lang, aff, dic }) => {
      const words = await text(dic);
      return nspell(await text(aff), lang === 'de' ? dictionaryForNspell(words) : words);
    }),
  );
}

function correct(list: Speller[], word: string): boolean {
  const cached = verdicts.get(word);
  if (cached !== undefined) return cached;
  const known = (w: string) => personal.has(w) || list.some((s) => s.correct(w));
  const verdict = correctWord(word, known);
  verdicts.set(word, verdict);
  return verdict;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<SpellRequest>) => {
  const request = event.data;
  if (request.type === 'init') {
    spellers ??= load(request.dictionaries);
    spellers.then(
      () => scope.postMessage({ type: 'ready' } satisfies SpellReply),
      (error: unknown) =>
        scope.postMessage({ type: 'failed', message: String(error) } satisfies SpellReply),
    );
  } else if (request.type === 'known') {
    personal = new Set(request.words);
    verdicts.clear();
  } else if (request.type === 'check') {
    void (spellers ?? Promise.resolve([])).then((list) => {
      const wrong = list.length === 0 ? [] : request.words.filter((w) => !correct(list, w));
      scope.postMessage({ type: 'checked', id: request.id, wrong } satisfies SpellReply);
    });
  }
};
