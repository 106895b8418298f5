// The one declaration of an article's front matter: every field a newsroom may set, and what is valid.
import { z } from 'astro/zod';
import { isoCalendarDate, parseCalendarDate } from '../dates.ts';
import { controlCharacter } from './input-checks.ts';
import { site } from '../site.ts';

/** Text shown on pages, in feeds and on share images: not empty, and free of invisible control characters (XML forbids them). */
export const text = z
  .string()
  .trim()
  .min(1)
  .refine((value) => !controlCharacter.test(value), 'holds an invisible control character (such as U+0000): delete it');

/**
 * A calendar date, `YYYY-MM-DD`, kept as that string.
 * YAML turns an unquoted date into a JS Date at UTC midnight (and rolls `2021-02-30` over to March 2);
 * the loader re-checks the raw text for that case, here we refuse anything with a time or an offset.
 */
const calendarDate = z.union([z.string(), z.date()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (
      Number.isNaN(value.getTime()) ||
      value.getUTCHours() ||
      value.getUTCMinutes() ||
      value.getUTCSeconds() ||
      value.getUTCMilliseconds()
    ) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be a calendar date YYYY-MM-DD, without a time or time zone (the site time zone decides the day)',
      });
      return z.NEVER;
    }
    return value.toISOString().slice(0, 10);
  }
  const parsed = parseCalendarDate(value);
  if ('error' in parsed) {
    ctx.addIssue({ code: 'custom', message: `${parsed.error}; write a calendar date YYYY-MM-DD` });
    return z.NEVER;
  }
  return isoCalendarDate(parsed);
});

const sectionSlugs = site.sections.map(({ slug }) => slug);

/** An `authors` entry written as a slug names a file in the authors folder; any other text is a byline as it stands ("Reuters"). */
export const authorSlugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Astro makes the collection's schema anew for every article (its image() resolves paths beside that article's file),
// and making a schema costs far more than checking front matter with it: what does not depend on the article is made
// once, here, and only the photograph's and the authors' fields are made per call.

/** The fields before `authors`. */
const headFields = {
  /** Publication day, `YYYY-MM-DD`, in the site time zone (required). */
  date: calendarDate,
  /** Headline override; by default the article's first `# ` heading is the headline. */
  title: text.optional(),
  /** Dateline place ("Islamabad") when the text opens with none. */
  place: text.optional(),
  /** Who wrote it, as free text ("Staff reporter"), for an article without `authors`. */
  byline: text.optional(),
};

/** The fields between `authors` and `image`. */
const middleFields = {
  /** One-sentence summary for lists and link previews; by default the lede is used. */
  summary: text.optional(),
  /** Topic tags (default: none). */
  tags: z.array(text).default([]),
  /** The article's section, one of the site's (site.config.ts) (default: the site's `defaultSection`). */
  section: z
    .string()
    .refine(
      (slug) => sectionSlugs.includes(slug),
      `must be one of the site's sections: ${sectionSlugs.join(', ')} (src/site.config.ts)`,
    )
    .default(site.defaultSection),
};

/** The fields after `image`. */
const tailFields = {
  /** What the photograph shows, for readers who cannot see it (required with `image`). */
  imageAlt: text.optional(),
  /** The photograph's caption. */
  imageCaption: text.optional(),
  /** Who took the photograph, or its agency ("Jane Doe/Reuters"). */
  imageCredit: text.optional(),
  /** BCP 47 language of the article when it differs from the site's ("ur", "ar", "ru", "zh"). */
  lang: z
    .string()
    .regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en" or "ur"')
    .optional(),
  /** A draft is validated but not published (default: false). */
  draft: z.boolean().default(false),
  /** Day of the last substantive update, `YYYY-MM-DD`. */
  updated: calendarDate.optional(),
};

const authorsFields = new WeakMap<() => z.ZodType, z.ZodType>();

/** The `authors` field, made once for each reader of an author's slug. */
function authorsField<Author extends z.ZodType>(author: () => Author) {
  const make = () =>
    z
      .array(
        z.union([
          z
            .string()
            .regex(authorSlugPattern)
            .pipe(author() as unknown as z.ZodType<z.output<Author>, string>),
          text,
        ]),
      )
      .default([]);
  let field = authorsFields.get(author) as ReturnType<typeof make> | undefined;
  if (field === undefined) authorsFields.set(author, (field = make()));
  return field;
}

/**
 * The front matter schema. `image` reads the photograph's field: Astro's `image()` in the collection (it resolves the
 * file beside the article, and pages get its size and format); plain text by default, for the loader's own checks,
 * which look at the file themselves (photo-check.ts).
 */
export function articleSchema<Image extends z.ZodType = z.ZodString, Author extends z.ZodType = z.ZodString>(
  image: () => Image = (() => z.string()) as unknown as () => Image,
  /** Reads an author's slug: Astro's `reference('authors')` in the collection, plain text by default (the loader checks the file). */
  author: () => Author = (() => z.string()) as unknown as () => Author,
) {
  return (
    z
      .object({
        ...headFields,
        /** Who wrote it: slugs of files in the authors folder (`jane-doe` for content/authors/jane-doe.md), or a wire's name as it stands ("Reuters") (default: none). */
        authors: authorsField(author),
        ...middleFields,
        /** The lead photograph: a JPEG, PNG, WebP or AVIF file beside the article (`./photo.jpg`). */
        image: image().optional(),
        ...tailFields,
      })
      // An unknown field is almost always a typo ("tittle:"), so it fails the build instead of vanishing.
      .strict()
      .superRefine(({ image, imageAlt, imageCaption, imageCredit }, ctx) => {
        // A photograph without words is lost to a reader who cannot see it; words without a photograph are a slip.
        if (image !== undefined && imageAlt === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['imageAlt'],
            message: `the photograph ${photoName(image)} has no "imageAlt": add a line "imageAlt: <what the photograph shows>" for readers who cannot see it`,
          });
        }
        if (image === undefined) {
          for (const [field, value] of Object.entries({ imageAlt, imageCaption, imageCredit })) {
            if (value !== undefined)
              ctx.addIssue({
                code: 'custom',
                path: [field],
                message: `is set but there is no "image": add "image: ./photo.jpg" (a file beside the article) or delete the line`,
              });
          }
        }
      })
  );
}

/** The photograph's file as the editor wrote it (Astro's image() has turned it into a marked path by now). */
function photoName(image: unknown): string {
  return typeof image === 'string' ? `"${image.replace(/^__ASTRO_IMAGE_/, '')}"` : '';
}

/** The front matter fields an article may have. */
export const articleFields = Object.keys(articleSchema().shape);

export type ArticleData = z.infer<ReturnType<typeof articleSchema>>;
