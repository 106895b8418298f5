// The one declaration of an author's file (`content/authors/<slug>.md`): who they are, in a few fields.
import { z } from 'astro/zod';
import { text } from './article-schema.ts';

/** An author's front matter; `image` reads the photo (Astro's image() in the collection). */
export function authorSchema<Image extends z.ZodType>(image: () => Image) {
  return z
    .object({
      /** The name bylines show ("Jane Doe"). */
      name: text,
      /** What they do ("Diplomatic correspondent"). */
      role: text.optional(),
      /** The file's text: a short bio, by paragraph (filled in by the loader). */
      bio: z.array(text).default([]),
      /** A portrait beside the file (`./jane-doe.jpg`). */
      photo: image().optional(),
    })
    .strict();
}
