import { describe, expect, it } from 'vitest';
import { defaultArticle, joinMatch, mentionMatch, slashMatch } from './trigger';

describe('typeahead triggers', () => {
  it('opens the mention menu on "@" at a word start, with up to two words of query', () => {
    expect(mentionMatch('@')).toEqual({
      leadOffset: 0,
      matchingString: '',
      replaceableString: '@',
    });
    expect(mentionMatch('Dazu sagt @Per')).toEqual({
      leadOffset: 10,
      matchingString: 'Per',
      replaceableString: '@Per',
    });
    expect(mentionMatch('(@Rei')?.matchingString).toBe('Rei');
    expect(mentionMatch('„@Dr Rei')?.matchingString).toBe('Dr Rei');
    // An address is not a mention; a third word ends the query.
    expect(mentionMatch('post@stuttgart')).toBeNull();
    expect(mentionMatch('@Perc sagt dann')).toBeNull();
  });

  it('continues a mention on "+" at the start of the text after it', () => {
    expect(joinMatch('+')).toEqual({ leadOffset: 0, matchingString: '', replaceableString: '+' });
    expect(joinMatch('+Dep')?.matchingString).toBe('Dep');
    expect(joinMatch(' +Dep')).toBeNull();
    expect(joinMatch('+Dep und')).toBeNull();
  });

  it('opens the slash menu at a line start or after a space only', () => {
    expect(slashMatch('/')?.matchingString).toBe('');
    expect(slashMatch('Text /fest')).toEqual({
      leadOffset: 5,
      matchingString: 'fest',
      replaceableString: '/fest',
    });
    expect(slashMatch('und/oder')).toBeNull();
    expect(slashMatch('2018/2019')).toBeNull();
    expect(slashMatch('/fest und')).toBeNull();
  });
});

describe('the article of a new joint mention', () => {
  it('is the default "Die" at a sentence start and "die" inside a sentence', () => {
    expect(defaultArticle('')).toBeUndefined();
    expect(defaultArticle('Das wird begrüßt. ')).toBeUndefined();
    expect(defaultArticle('Abschließend stellt fest: ')).toBeUndefined();
    expect(defaultArticle('Dazu äußern sich ')).toBe('die');
  });
});
