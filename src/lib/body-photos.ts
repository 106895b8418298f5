// Photographs in an article's text: how the stored body HTML marks each one, and how a page finds them again.
// The markdown pipeline leaves a `<figure data-photo="…">` where a photograph stands (src/lib/remark/photos.ts); pages
// put the optimised photograph in its place (ArticleBody.astro), feeds a plain image. The marker holds the caption as
// text too, so that a reader of the stored HTML alone (the search index) still has every word of the article.

/** A photograph in the text, as the article gives it. */
export interface BodyPhoto {
  /** The photograph's file, relative to the project root (`content/articles/2021/04/02/wharf.jpg`). */
  file: string;
  /** What it shows, for readers who cannot see it. */
  alt: string;
  /** Its caption (the image's title in markdown), if it has one. */
  caption?: string;
}

/** The marker's attribute: only the pipeline sets it, after sanitising, which removes any `data-*` an article wrote. */
export const photoAttribute = 'data-photo';

/**
 * The marker's attribute value: the photograph as JSON, percent-encoded down to letters, digits and `%-_.`, so that
 * no HTML escaping touches it (rehype-stringify writes an apostrophe as `&#x27;`).
 */
export function photoAttributeValue(photo: BodyPhoto): string {
  return encodeURIComponent(JSON.stringify(photo)).replace(
    /[!'()*~]/g,
    (mark) => `%${mark.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** A marker as rehype-stringify writes it: `<figure data-photo="…">`, the caption's figcaption (text only), `</figure>`. */
const marker = new RegExp(`<figure ${photoAttribute}="([^"]*)">[\\s\\S]*?</figure>`, 'g');

/** A piece of body HTML: markup to write as it is, or a photograph to put in its place. */
export type BodyPart = { html: string } | { photo: BodyPhoto };

/** The body HTML cut at its photographs, in order; a body without any is one piece. */
export function splitAtPhotos(html: string): BodyPart[] {
  if (!html.includes(`<figure ${photoAttribute}="`)) return [{ html }];
  const parts: BodyPart[] = [];
  let last = 0;
  for (const found of html.matchAll(marker)) {
    if (found.index > last) parts.push({ html: html.slice(last, found.index) });
    parts.push({ photo: JSON.parse(decodeURIComponent(found[1] ?? '')) as BodyPhoto });
    last = found.index + found[0].length;
  }
  if (last < html.length) parts.push({ html: html.slice(last) });
  return parts;
}

/** The photographs of a body, in order. */
export function photosOf(html: string): BodyPhoto[] {
  return splitAtPhotos(html).flatMap((part) => ('photo' in part ? [part.photo] : []));
}
