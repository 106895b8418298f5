// Articles as feeds show them: the marker the markdown pipeline leaves for each photograph in the text
// (lib/body-photos.ts) becomes a plain image that every feed reader shows, the desktop column's JPEG, a variant the
// article's page makes anyway.
import { getImage } from 'astro:assets';
import type { Article } from '../articles.ts';
import { splitAtPhotos } from '../body-photos.ts';
import { articlePath } from '../paths.ts';
import { bodyPhotoImage } from '../photo-imports.ts';
import { photoFallbackFormat, photoSize, widthsFor } from '../photos.ts';
import { escapeXml } from './xml.ts';

/** The body HTML of an article with each photograph of its text as a figure with an image and its caption. */
async function feedHtml(article: Article): Promise<string> {
  const parts = splitAtPhotos(article.html);
  if (parts.length === 1) return article.html;
  const pieces = await Promise.all(
    parts.map(async (part) => {
      if ('html' in part) return part.html;
      const { alt, caption } = part.photo;
      const image = bodyPhotoImage(part.photo, articlePath(article));
      // The options of the page's fallback image (Photo.astro), so that this is the same file, not one more to make.
      const jpeg = await getImage({
        src: image,
        width: Math.max(...widthsFor(photoSize(image))),
        format: photoFallbackFormat,
      });
      const { width, height } = jpeg.attributes as { width: number; height: number };
      const figcaption = caption ? `<figcaption>${escapeXml(caption)}</figcaption>` : '';
      return `<figure><img src="${escapeXml(jpeg.src)}" alt="${escapeXml(alt)}" width="${width}" height="${height}">${figcaption}</figure>`;
    }),
  );
  return pieces.join('');
}

/** The articles with the photographs of their text written for a feed (the body alone differs). */
export function withFeedPhotos(articles: readonly Article[]): Promise<Article[]> {
  return Promise.all(articles.map(async (article) => ({ ...article, html: await feedHtml(article) })));
}
