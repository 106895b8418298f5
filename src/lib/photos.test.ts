import { describe, expect, it } from 'vitest';
import { variantBudget, widthsFor } from './photos.ts';

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
