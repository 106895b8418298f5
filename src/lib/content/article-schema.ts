// The one declaration of an article's front matter: every field a newsroom may set, and what is valid.
import { z } from 'astro/zod';
import { isoCalendarDate, parseCalendarDate } from '../dates.ts';
import { controlCharacter } from './input-checks.ts';

/** Text shown on pages, in feeds and on share images: not empty, and free of invisible control characters (XML forbids them). */
const text = z
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
    if (Number.isNaN(value.getTime()) || value.getUTCHours() || value.getUTCMinutes() || value.getUTCSeconds() || value.getUTCMilliseconds()) {
      ctx.addIssue({ code: 'custom', message: 'must be a calendar date YYYY-MM-DD, without a time or time zone (the site time zone decides the day)' });
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

export const articleSchema = z
  .object({
    /** Publication day, `YYYY-MM-DD`, in the site time zone (required). */
    date: calendarDate,
    /** Headline override; by default the article's first `# ` heading is the headline. */
    title: text.optional(),
    /** Dateline place ("Islamabad") when the text opens with none. */
    place: text.optional(),
    /** Who wrote it ("Staff reporter", "Reuters"). */
    byline: text.optional(),
    /** One-sentence summary for lists and link previews; by default the lede is used. */
    summary: text.optional(),
    /** Topic tags (default: none). */
    tags: z.array(text).default([]),
    /** BCP 47 language of the article when it differs from the site's ("ur", "ar", "ru", "zh"). */
    lang: z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en" or "ur"').optional(),
    /** A draft is validated but not published (default: false). */
    draft: z.boolean().default(false),
    /** Day of the last substantive update, `YYYY-MM-DD`. */
    updated: calendarDate.optional(),
  })
  // An unknown field is almost always a typo ("tittle:"), so it fails the build instead of vanishing.
  .strict();

export type ArticleData = z.infer<typeof articleSchema>;
