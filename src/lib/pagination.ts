// Long lists cut into numbered pages, and the short run of page links a reader steps through them with.

/** One page of a paginated list; pages are numbered from 1. */
export interface Page<T> {
  number: number;
  /** How many pages the list has in all. */
  total: number;
  items: T[];
}

/** Cuts `items` into pages of `size`, in order; an empty list still has one (empty) page, so its first page exists. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`page size must be a positive whole number, not ${size}`);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

/** A page number to link, or a gap ("…") standing for the pages left out. */
export type PageLink = number | 'gap';

/**
 * The page numbers worth showing from page `current` of `total`: the first, the last, and `around` on each side of
 * the current one, with a gap where pages are left out, so a list of 500 pages still needs only a handful of links.
 * A gap is only used where it hides two pages or more; hiding one would take as much room as its number.
 */
export function pageLinks(current: number, total: number, around = 1): PageLink[] {
  const shown = new Set([1, total]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= total) shown.add(n);
  const numbers = [...shown].sort((a, b) => a - b);
  const links: PageLink[] = [];
  for (const [i, n] of numbers.entries()) {
    const before = numbers[i - 1];
    if (before !== undefined && n - before === 2) links.push(before + 1);
    else if (before !== undefined && n - before > 2) links.push('gap');
    links.push(n);
  }
  return links;
}
