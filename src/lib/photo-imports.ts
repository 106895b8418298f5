// The photographs in articles' text as astro:assets takes them: the images the content layer imported for the markdown
// (Astro collects every local image of an entry's markdown), found by file.
import { relative } from 'node:path';
import type { ImageMetadata } from 'astro';
import imageImports from 'astro:asset-imports';
import type { BodyPhoto } from './body-photos.ts';

/** An imported image's file: a property Astro keeps hidden (reading it, unlike the others, does not publish the original). */
const fileOf = (image: ImageMetadata) => (image as ImageMetadata & { fsPath?: string }).fsPath;

let indexed: { from: typeof imageImports; byFile: Map<string, ImageMetadata> } | undefined;

/**
 * The imported image of a photograph in the text. Its file is named relative to the directory the build runs in, as
 * the markdown pipeline named it. In `astro dev` the map is a new module after an edit, and is indexed again.
 */
export function bodyPhotoImage(photo: BodyPhoto, article: string): ImageMetadata {
  if (indexed?.from !== imageImports) {
    const byFile = new Map<string, ImageMetadata>();
    for (const image of imageImports.values()) {
      const file = fileOf(image);
      if (file) byFile.set(relative(process.cwd(), file), image);
    }
    indexed = { from: imageImports, byFile };
  }
  const image = indexed.byFile.get(photo.file);
  // The loader checks every article's photographs on every build, so this is a bug rather than an editor's slip.
  if (!image)
    throw new Error(
      `${article}: the photograph ${photo.file} is not among the images the build imported; delete the cache folder and build again`,
    );
  return image;
}
