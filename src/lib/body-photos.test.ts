import { describe, expect, it } from 'vitest';
import { photoAttributeValue, photosOf, splitAtPhotos, type BodyPhoto } from './body-photos.ts';

const marker = (photo: BodyPhoto) =>
  `<figure data-photo="${photoAttributeValue(photo)}">${photo.caption ? `<figcaption>${photo.caption}</figcaption>` : ''}</figure>`;

describe('splitAtPhotos', () => {
  it('cuts the body at each marker, keeping every piece of markup around them in order', () => {
    const piles: BodyPhoto = {
      file: 'content/articles/2021/04/02/piles.jpg',
      alt: `The mayor's "old" piles & <posts>`,
      caption: 'Piles',
    };
    const stall: BodyPhoto = { file: 'content/articles/2021/04/02/my stall.jpg', alt: '100% fish (fresh)!' };
    const html = `<p>Before.</p>\n${marker(piles)}\n<blockquote>${marker(stall)}</blockquote>`;
    expect(splitAtPhotos(html)).toEqual([
      { html: '<p>Before.</p>\n' },
      { photo: piles },
      { html: '\n<blockquote>' },
      { photo: stall },
      { html: '</blockquote>' },
    ]);
    expect(photosOf(html)).toEqual([piles, stall]);
  });

  it('writes the marker with letters, digits and %-_. only, which no HTML escaping changes', () => {
    expect(photoAttributeValue({ file: "a'b(c)!*~.jpg", alt: '"<&>"' })).toMatch(/^[A-Za-z0-9%_.-]+$/);
  });

  it('leaves a body without photographs whole, and a figure without the marker as markup', () => {
    expect(splitAtPhotos('<p>Text.</p><figure><figcaption>Raw</figcaption></figure>')).toEqual([
      { html: '<p>Text.</p><figure><figcaption>Raw</figcaption></figure>' },
    ]);
  });
});
