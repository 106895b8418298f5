import { describe, expect, it } from 'vitest';
import { checkPermalinks } from './permalink-check.ts';

const entry = (filePath: string, date: string) => ({ id: filePath, filePath, data: { date } });

describe('checkPermalinks', () => {
  it('accepts articles in their day folders with distinct slugs', () => {
    expect(
      checkPermalinks([
        entry('content/articles/2021/04/07/talks.md', '2021-04-07'),
        entry('content/articles/2021/04/07/visit.md', '2021-04-07'),
      ]),
    ).toEqual([]);
  });

  it('names both files when two articles would share a URL', () => {
    expect(checkPermalinks([entry('a/2021/04/07/talks.md', '2021-04-07'), entry('b/talks.md', '2021-04-07')])).toEqual([
      {
        file: 'b/talks.md',
        message:
          'same day and slug as a/2021/04/07/talks.md, so both would be published at one URL: rename one of them',
      },
    ]);
  });

  it('says when the folder and the date disagree, or the name is not a slug', () => {
    expect(checkPermalinks([entry('2021/04/08/Talks Now.md', '2021-04-07')])).toEqual([
      {
        file: '2021/04/08/Talks Now.md',
        message: 'the file name "Talks Now" is not a slug: use lower-case words joined by "-" (it becomes the URL)',
      },
      {
        file: '2021/04/08/Talks Now.md',
        message:
          'the file is in the folder for 2021-04-08 but its date is 2021-04-07: move the file or correct the date',
      },
    ]);
  });

  it('accepts a slug in another script', () => {
    expect(
      checkPermalinks([
        entry('2021/04/07/شاہ-محمود-قریشی.md', '2021-04-07'),
        entry('2021/04/07/лавров-в-исламабаде.md', '2021-04-07'),
      ]),
    ).toEqual([]);
  });
});
