import { describe, expect, it } from 'vitest';
import { textDirection } from './text-direction.ts';

describe('textDirection', () => {
  it('reads the language tag first, its script subtag before its language', () => {
    expect(textDirection('ur')).toBe('rtl');
    expect(textDirection('ar-EG')).toBe('rtl');
    expect(textDirection('az-Arab')).toBe('rtl');
    expect(textDirection('ru')).toBe('ltr');
    expect(textDirection('zh-Hans')).toBe('ltr');
    expect(textDirection('en', 'شاہ محمود قریشی')).toBe('ltr');
  });

  it('without a language, follows the first letter with a direction, as dir="auto" does', () => {
    expect(textDirection(undefined, '“2021” شاہ محمود قریشی نے کہا')).toBe('rtl');
    expect(textDirection(undefined, 'وزير الخارجية الروسي')).toBe('rtl');
    expect(textDirection(undefined, '123 Lavrov in Islamabad, شاہ')).toBe('ltr');
    expect(textDirection(undefined, 'Лавров прибыл в Исламабад')).toBe('ltr');
    expect(textDirection(undefined, '🙂 2021')).toBe('ltr');
  });
});
