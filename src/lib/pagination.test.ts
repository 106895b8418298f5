import { describe, expect, it } from 'vitest';
import { pageLinks, paginate } from './pagination.ts';

describe('paginate', () => {
  it('cuts a list into full pages and a last partial one, numbered from 1', () => {
    const pages = paginate([1, 2, 3, 4, 5, 6, 7], 3);
    expect(pages.map((p) => p.items)).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
    expect(pages.map((p) => [p.number, p.total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('keeps one empty first page for an empty list, and refuses a page size that is not a positive whole number', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, total: 1, items: [] }]);
    expect(() => paginate([1], 0)).toThrow(/positive whole number/);
    expect(() => paginate([1], 2.5)).toThrow(/positive whole number/);
  });
});

describe('pageLinks', () => {
  it('shows first, last and the neighbours of the current page, with gaps between', () => {
    expect(pageLinks(250, 500)).toEqual([1, 'gap', 249, 250, 251, 'gap', 500]);
    expect(pageLinks(1, 500)).toEqual([1, 2, 'gap', 500]);
    expect(pageLinks(500, 500, 2)).toEqual([1, 'gap', 498, 499, 500]);
  });

  it('shows a single left-out page instead of a gap, and every page of a short list', () => {
    expect(pageLinks(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(2, 3)).toEqual([1, 2, 3]);
  });
});
