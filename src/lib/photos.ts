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

/** A thumbnail in lists, in CSS pixels (3:2, cropped), served at 1x and 2x. */
export const thumbnailSize = { width: 120, height: 80 } as const;

/** A link preview's photograph: Open Graph's and X's large card, cropped from the middle. */
export const sharePhotoSize = { width: 1200, height: 630 } as const;

/** The widths a photograph is served at: those of `photoWidths` it is wide enough for (its own width if it is narrower than all). */
export function widthsFor(photo: Pick<ImageMetadata, 'width'>): number[] {
  const fitting = photoWidths.filter((width) => width <= photo.width);
  return fitting.length > 0 ? fitting : [photo.width];
}
