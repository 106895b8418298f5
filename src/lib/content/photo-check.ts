// Checks a photograph an article refers to, before Astro's image pipeline meets it: there, a missing or broken file
// fails the build with a bundler error that names neither the article nor the fix.
import { existsSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import sharp from 'sharp';

/** File name endings of the photographs the image pipeline turns into AVIF, WebP and JPEG (policy: what a newsroom's camera or agency sends). */
export const photoExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.avif'] as const;

/** How sharp names those formats when it reads the file. */
const photoFormats = new Set(['jpeg', 'png', 'webp', 'heif']);

/** `https://…`, `//host/…`, `data:…`: anything fetched from elsewhere, which no page of the site may load. */
const remote = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The file a photograph reference means: a path relative to the article's folder. */
export function photoFile(articleFile: string, reference: string): string {
  return resolve(dirname(articleFile), reference);
}

/**
 * What is wrong with the photograph `reference` (as written in the article `articleFile`), or undefined when it is a
 * readable JPEG, PNG, WebP or AVIF file beside the article. `read` says whether to open the file (its header only).
 */
export async function photoProblem(
  articleFile: string,
  reference: string,
  { read = true }: { read?: boolean } = {},
): Promise<string | undefined> {
  const named = `the photograph "${reference}"`;
  if (remote.test(reference)) {
    return `${named} is on another site: download it and put it beside the article ("./photo.jpg"): a remote image would tell its host who reads the page, and the site's Content Security Policy blocks it anyway`;
  }
  if (reference.startsWith('/'))
    return `${named} is not beside the article: put the file in the article's folder and write "./${reference.split('/').at(-1)}"`;
  const extension = extname(reference).toLowerCase();
  if (!(photoExtensions as readonly string[]).includes(extension)) {
    return `${named} is not a JPEG, PNG, WebP or AVIF file (its name ends in "${extension || 'nothing'}"): export it as JPEG`;
  }
  const file = photoFile(articleFile, reference);
  if (!existsSync(file))
    return `${named} is not there (no file ${file}): put it beside the article or correct the name`;
  if (!read) return undefined;
  try {
    const { format, width, height } = await sharp(file).metadata();
    if (!photoFormats.has(format) || !width || !height) throw new Error(`read as ${format}, ${width}x${height}`);
  } catch (error) {
    return `${named} cannot be read as an image (${(error as Error).message}): the file is damaged or not a photograph; export it again as JPEG`;
  }
  return undefined;
}
