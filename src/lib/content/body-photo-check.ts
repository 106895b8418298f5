// Checks an image in an article's text: a photograph beside the article (`![alt](./photo.jpg "caption")`) gets the lead
// photograph's checks of the file (photo-check.ts), and what only a photograph among the paragraphs needs: words for
// readers who cannot see it, and a paragraph of its own. An image of the site's own (`/map.svg`, from the public
// folder) is published as it is, and must be there.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { photoProblem } from './photo-check.ts';

/** An image as the article's markdown gives it. */
export interface WrittenImage {
  /** Its URL as written (`./photo.jpg`, `/map.svg`), with escapes decoded (`%20` is a space). */
  url: string;
  /** Its alt text, between the brackets. */
  alt: string;
  /** Whether it stands alone in a paragraph (nothing but white space beside it, no link around it). */
  alone: boolean;
}

/** A URL of the site's own files (`/map.svg`), served from the public folder as it is; not `//host`, which is remote. */
export const isSiteFile = (url: string) => url.startsWith('/') && !url.startsWith('//');

/**
 * What is wrong with an image in the text of the article `articleFile`, or undefined when it can be published.
 * `publicDir` is the folder of the site's own files.
 */
export async function bodyImageProblem(
  articleFile: string,
  { url, alt, alone }: WrittenImage,
  publicDir: string,
): Promise<string | undefined> {
  const named = `the image "${url}"`;
  if (isSiteFile(url)) {
    if (!existsSync(join(publicDir, url)))
      return `${named} is not among the site's files (no file ${join(publicDir, url)}): for a photograph, put it beside the article and write "./${url.split('/').at(-1)}"`;
  } else {
    // The file first: a remote image is refused before anything else is asked of it.
    const fileProblem = await photoProblem(articleFile, url);
    if (fileProblem) return fileProblem;
  }
  if (!alt.trim())
    return `${named} has no description: write what it shows between the brackets, as in ![Reporters outside the ministry](${url}), for readers who cannot see it`;
  if (!alone && !isSiteFile(url)) {
    return `the photograph "${url}" stands inside a line of text or a link: give it a paragraph of its own, with a blank line before and after it, where it is to appear between the paragraphs`;
  }
  return undefined;
}
