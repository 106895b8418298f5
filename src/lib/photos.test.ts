import { describe, expect, it } from 'vitest';
import type { ImageMetadata } from 'astro';
import { photoSize, unwatchedImage, variantBudget, widthsFor } from './photos.ts';

describe('widthsFor', () => {
  it('serves a photograph at the widths it is wide enough for, up to the desktop column at 2x, never enlarged', () => {
    expect(widthsFor({ width: 1600 })).toEqual([480, 800, 1200]);
    expect(widthsFor({ width: 1200 })).toEqual([480, 800, 1200]);
    // A portrait 600 px wide: its own width too, not cut to 480 for a column wider than that.
    expect(widthsFor({ width: 600 })).toEqual([480, 600]);
    expect(widthsFor({ width: 300 })).toEqual([300]);
  });
});

describe('variantBudget', () => {
  it('allows each variant bytes in proportion to its pixels, from the 1200x800 budget of its format, and a floor for thumbnails', () => {
    expect(variantBudget('avif', 1200, 800)).toBe(60_000);
    expect(variantBudget('jpeg', 600, 400)).toBe(50_000);
    expect(variantBudget('webp', 640, 960)).toBe(64_000);
    expect(variantBudget('avif', 120, 80)).toBe(4_000);
  });
});

describe('an imported image, read without publishing its original', () => {
  // As Astro's build hands out an imported image (astro/dist/assets/utils/proxy.js): reading any property it has marks
  // the original as used, except `fsPath` and `clone`.
  const used = new Set<string>();
  const metadata = { src: '/_astro/piles.DFVsfgii.jpg', width: 1600, height: 1067, format: 'jpg' };
  const imported = new Proxy(metadata, {
    get(target, name) {
      if (name === 'clone') return structuredClone(target);
      if (name === 'fsPath') return '/site/content/piles.jpg';
      const value = target[name as keyof typeof target];
      if (value !== undefined) used.add(String(name));
      return value;
    },
  }) as ImageMetadata;

  it('gives its size, and its copy to a cache key, leaving it unread', () => {
    expect(photoSize(imported)).toEqual({ width: 1600, height: 1067 });
    expect(
      JSON.parse(JSON.stringify({ photos: [imported], n: 1 }, (_key, value: unknown) => unwatchedImage(value))),
    ).toEqual({ photos: [metadata], n: 1 });
    expect(used).toEqual(new Set());
    // What it guards against: serialising the image itself reads every property.
    JSON.stringify(imported);
    expect(used).toEqual(new Set(['src', 'width', 'height', 'format']));
  });

  it('leaves any other value as it is', () => {
    const plain = { src: '/x.jpg', width: 1 };
    expect(unwatchedImage(plain)).toBe(plain);
    expect(unwatchedImage('text')).toBe('text');
    expect(unwatchedImage(null)).toBe(null);
  });
});
