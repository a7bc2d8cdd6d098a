/**
 * The German Hunspell dictionary lists many words twice: once as a word of its own ("nehmen/DIV")
 * and once as a compound part ("nehmen/Sozm", flag o = ONLYINCOMPOUND) or needing an affix (flag
 * h = NEEDAFFIX). nspell, the JS reader, keeps one entry per word, often the compound-only one,
 * and then rejects "nehmen", "sprechen", "stimmen". Where a word has an entry without those
 * flags, only such entries are kept; compounds are judged by correctWord (words.ts) instead.
 */
export function dictionaryForNspell(dic: string, restricting = ['o', 'h']): string {
  const lines = dic.split('\n');
  // The first line is the entry count; it is written anew for what is kept.
  const entries = lines.slice(1);
  const free = new Set<string>();
  const split = (line: string) => {
    const slash = line.indexOf('/');
    return slash < 0
      ? { word: line, flags: '' }
      : { word: line.slice(0, slash), flags: line.slice(slash + 1) };
  };
  const restricted = (flags: string) => restricting.some((f) => flags.includes(f));
  for (const line of entries) {
    const { word, flags } = split(line);
    if (!restricted(flags)) free.add(word);
  }
  const kept = entries.filter((line) => {
    const { word, flags } = split(line);
    return !restricted(flags) || !free.has(word);
  });
  return [String(kept.filter((l) => l.trim() !== '').length), ...kept].join('\n');
}
