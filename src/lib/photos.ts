// How photographs are served: the widths, the column they fill, the formats and the crops, as data in one place.
import type { ImageMetadata, ImageOutputFormat } from 'astro';

/**
 * Widths of each photograph's variants, in pixels: a phone (390 px at 1.25x), a tablet or a phone at 2x, and the
 * desktop column (684 px) at 2x or a phone at 3x. A narrower original stops the list at its own width.
 */
export const photoWidths = [480, 800, 1200] as const;

/** What the browser picks a width from: the column is 684 px wide from a 720 px viewport up, the viewport less its margins below. */
export const columnSizes = '(min-width: 720px) 684px, calc(100vw - 36px)';

/** The formats a `<picture>` offers, best first; the fallback is for browsers that take neither. */
export const photoFormats: ImageOutputFormat[] = ['avif', 'webp'];
export const photoFallbackFormat: ImageOutputFormat = 'jpg';

/**
 * What a variant of a photograph may weigh, in bytes, by format: these for 1200x800 pixels (the desktop column at 2x),
 * in proportion to its pixels for any other size, and never less than `variantFloor` (a format's own headers weigh
 * that much in a thumbnail). Photographs count toward no page's 14 KB; a reader's browser fetches one variant of each.
 */
export const variantBudgets = { avif: 60_000, webp: 100_000, jpeg: 200_000 } as const;
export const variantFloor = 4_000;

/** The most a variant of `width` x `height` pixels in `format` may weigh (variantBudgets). */
export function variantBudget(format: keyof typeof variantBudgets, width: number, height: number): number {
  return Math.max(variantFloor, Math.round((variantBudgets[format] * width * height) / (1200 * 800)));
}

/** A thumbnail in lists, in CSS pixels (3:2, cropped), served at 1x and 2x. */
export const thumbnailSize = { width: 120, height: 80 } as const;

/** A link preview's photograph: Open Graph's and X's large card, cropped from the middle. */
export const sharePhotoSize = { width: 1200, height: 630 } as const;

/**
 * The widths a photograph is served at: those of `photoWidths` it is wide enough for, and its own width when it falls
 * short of the widest (a 600 px portrait is served at 480 and 600, never enlarged, nor cut to 480 for a wider column).
 */
export function widthsFor(photo: Pick<ImageMetadata, 'width'>): number[] {
  const widest = Math.min(photo.width, Math.max(...photoWidths));
  return [...photoWidths.filter((width) => width < widest), widest];
}

/**
 * An imported photograph's size. Read from its copy (`clone`): Astro publishes the original file of every imported
 * image one of whose properties a page reads (a proxy watches them), and the variants are all a page needs.
 */
export function photoSize(photo: ImageMetadata): { width: number; height: number } {
  const { width, height } = (photo as ImageMetadata & { clone?: ImageMetadata }).clone ?? photo;
  return { width, height };
}

/**
 * A value as JSON.stringify should read it for a cache key: an imported image as its copy, any other value as it is.
 * Serialising the image itself would read every property, and so publish its original (see photoSize). An imported
 * image is told by its file (`fsPath`), which the proxy hands out without counting it as a use.
 */
export function unwatchedImage(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || typeof (value as { fsPath?: unknown }).fsPath !== 'string')
    return value;
  return (value as { clone?: unknown }).clone ?? value;
}
