import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { extractHeadline } from './headline.ts';

const parse = (markdown: string) => unified().use(remarkParse).parse(markdown);

describe('extractHeadline', () => {
  it('takes the first level-one heading and says where it is', () => {
    const tree = parse('Intro line\n\n# Sergey Lavrov arrived in *Islamabad*\n\nBody.\n\n# Second');
    expect(extractHeadline(tree)).toEqual({ text: 'Sergey Lavrov arrived in Islamabad', index: 1 });
  });

  it('ignores lower headings and collapses whitespace', () => {
    const tree = parse('## Not this\n\n#   Two  *bold*\tlines  \n');
    expect(extractHeadline(tree)?.text).toBe('Two bold lines');
  });

  it('finds nothing when there is no H1 or it is empty', () => {
    expect(extractHeadline(parse('## Only a subheading\n\nText.'))).toBeUndefined();
    expect(extractHeadline(parse('#\n\nText.'))).toBeUndefined();
  });
});
