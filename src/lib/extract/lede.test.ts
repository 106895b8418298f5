import { describe, expect, it } from 'vitest';
import { shortLede } from './lede.ts';

describe('shortLede', () => {
  it('keeps a short paragraph whole, whitespace collapsed', () => {
    expect(shortLede('Lavrov  arrived\nin Pakistan.')).toBe('Lavrov arrived in Pakistan.');
  });

  it('cuts at the last sentence end inside the limit', () => {
    expect(shortLede('First sentence is here. Second one runs on and on.', 30)).toBe('First sentence is here.');
  });

  it('cuts at a word with an ellipsis when no sentence ends late enough', () => {
    expect(shortLede('One. Then a very long sentence without an end in sight at all', 30)).toBe(
      'One. Then a very long…',
    );
  });
});
