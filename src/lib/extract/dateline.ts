// Recognises the dateline that opens a news story ("ISLAMABAD, April 7 (Reuters) -") and says how much text it takes.
import { AGENCIES, BARE_PLACE_MIN_LETTERS, MONTHS, NOT_PLACES, PLACE_PARTICLES, REGIONS } from './dateline-patterns.ts';

export interface Dateline {
  /** The place as written, normalised to title case for display ("ISLAMABAD" -> "Islamabad", "NEW YORK" -> "New York", "WASHINGTON, D.C." ok). */
  place: string;
  /** News agency named in the dateline ("Reuters", "AP", "AFP", "UPI", "PTI", "APP"…), or null. */
  agency: string | null;
  /** The date as written in the dateline ("April 7", "Nov. 19"), or null. */
  dateText: string | null;
  /** Length (UTF-16) of the dateline prefix to cut from the paragraph, INCLUDING the separator (":", "-", "—", "–") and the whitespace after it. */
  length: number;
}

/** The lists the parser trusts; each replaces its default from dateline-patterns.ts (extend with `[...AGENCIES, 'Dawn']`). */
export interface DatelineOptions {
  /** Agencies accepted between parentheses, matched exactly (default: AGENCIES). */
  agencies?: readonly string[];
  /** Month names and abbreviations, matched case-insensitively (default: MONTHS). */
  months?: readonly string[];
  /** Regions that make "Place, Region —" a dateline without date or agency (default: REGIONS). */
  regions?: readonly string[];
  /** Words that are never part of a place, matched case-insensitively (default: NOT_PLACES). */
  notPlaces?: readonly string[];
}

// A word of a place starts with a capital: "ISLAMABAD", "Lahore", "D.C.", "ST.", "AL-ARISH", "N'DJAMENA".
const wordPattern = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
// Up to four words, with lower-case particles between them ("Rio de Janeiro"); which particles is checked later.
const namePattern = String.raw`${wordPattern}(?:\s+(?:\p{Ll}+\s+){0,2}${wordPattern}){0,3}`;
// "April 7", "Nov. 19", "7 April", "April 7, 2021"; which month is checked later.
const datePattern = String.raw`(?:\p{L}+\.?\s+\d{1,2}|\d{1,2}\s+\p{L}+\.?)(?:,?\s+\d{4})?`;
// A colon or a dash; smartypants may have turned "--" into "–" or "—" already. A hyphen needs a space (or the
// agency's parenthesis) before it and a space after it, or "WASHINGTON-BASED" would be a dateline.
const separatorPattern = String.raw`\s*[:—–―]|\s*(?<=[\s)])-{1,3}(?=\s)`;
const datelinePattern = new RegExp(
  [
    String.raw`^\s*(?<city>${namePattern})`, // ISLAMABAD
    String.raw`(?:,\s*(?<region>${namePattern}))?`, // , Pakistan
    String.raw`(?:,\s*(?<date>${datePattern}))?`, // , April 7
    String.raw`(?:\s*\((?<agency>[^()\n]{1,40})\))?`, // (Reuters)
    String.raw`(?<separator>${separatorPattern})\s*`, // " - "
  ].join(''),
  'u',
);

/**
 * The dateline at the start of a paragraph, or undefined. Missing a dateline only leaves it in the text,
 * while a false one cuts words from the lede, so every form needs evidence beyond its shape:
 * - an ALL-CAPS place needs only a separator ("ISLAMABAD:", "WASHINGTON —"), but when it has neither date nor agency
 *   it must have at least BARE_PLACE_MIN_LETTERS letters ("US: the view from Washington" is no dateline);
 * - a title-case place needs a date or a known agency ("Islamabad, April 7:", "Karachi (APP):"), or a known region
 *   and a dash ("Lahore, Pakistan —"), because "Earlier, Qureshi had said…" has the same shape;
 * - no word of the place may be one of NOT_PLACES ("UPDATE:", "Meanwhile, Russia —") or an agency.
 */
export function parseDateline(paragraphText: string, options: DatelineOptions = {}): Dateline | undefined {
  const match = datelinePattern.exec(paragraphText);
  if (!match?.groups?.['city']) return undefined;
  const { city, region, date: dateText, agency, separator } = match.groups;
  const policy = resolvePolicy(options);
  if (dateText !== undefined && !isDate(dateText, policy.months)) return undefined;
  if (agency !== undefined && !policy.agencies.has(agency)) return undefined;
  if (!isPlace(city, policy) || (region !== undefined && !isPlace(region, policy))) return undefined;

  const hasEvidence = dateText !== undefined || agency !== undefined;
  if (isAllCaps(city)) {
    if (!hasEvidence && letterCount(city) < BARE_PLACE_MIN_LETTERS) return undefined;
  } else if (!hasEvidence) {
    // A colon after "Place, Region" reads as often as a heading ("Lahore, Pakistan: a city of gardens").
    if (region === undefined || !policy.regions.has(region.toLowerCase()) || separator?.includes(':')) return undefined;
  }
  return {
    place:
      region === undefined ? displayName(city) : `${displayName(city)}, ${displayName(region, { keepShort: true })}`,
    agency: agency ?? null,
    dateText: dateText ?? null,
    length: match[0].length,
  };
}

interface Policy {
  agencies: ReadonlySet<string>;
  months: ReadonlySet<string>;
  regions: ReadonlySet<string>;
  notPlaces: ReadonlySet<string>;
}

const lowerCased = (list: readonly string[]) => new Set(list.map((entry) => entry.toLowerCase()));
const particles = lowerCased(PLACE_PARTICLES);

function buildPolicy({ agencies, months, regions, notPlaces }: DatelineOptions): Policy {
  return {
    agencies: new Set(agencies ?? AGENCIES),
    months: lowerCased(months ?? MONTHS),
    regions: lowerCased(regions ?? REGIONS),
    // An agency's name is never the place: "REUTERS — The company said…".
    notPlaces: lowerCased([...(notPlaces ?? NOT_PLACES), ...(agencies ?? AGENCIES)]),
  };
}

// Built once: the remark plugin calls the parser for every article, without options.
const defaultPolicy = buildPolicy({});

function resolvePolicy(options: DatelineOptions): Policy {
  return Object.keys(options).length === 0 ? defaultPolicy : buildPolicy(options);
}

/** A month the policy knows and a day that can exist in some month. */
function isDate(dateText: string, months: ReadonlySet<string>): boolean {
  const month = /\p{L}+/u.exec(dateText)?.[0] ?? '';
  const day = Number(/\d{1,2}/.exec(dateText)?.[0]);
  return months.has(month.toLowerCase()) && day >= 1 && day <= 31;
}

/** Every lower-case word is a particle and no word is a known non-place. */
function isPlace(text: string, { notPlaces }: Policy): boolean {
  return text.split(/\s+/).every((part) => {
    const lower = part.toLowerCase();
    return /^\p{Ll}/u.test(part) ? particles.has(lower) : !notPlaces.has(lower);
  });
}

function isAllCaps(text: string): boolean {
  return !/\p{Ll}/u.test(text);
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

interface DisplayNameOptions {
  /** Keep all-caps words of up to three letters as written, for regions such as "US" or "UAE" (default: false). */
  keepShort?: boolean;
}

/** Title-cases the all-caps words of a place; words already in mixed case are as the writer wanted them. */
function displayName(text: string, { keepShort = false }: DisplayNameOptions = {}): string {
  return text
    .split(/\s+/)
    .map((part, index) => {
      // Mixed case, or an abbreviation such as "D.C." or "N.Y.".
      if (!isAllCaps(part) || /^(?:\p{Lu}\.)+$/u.test(part)) return part;
      if (keepShort && letterCount(part) <= 3) return part;
      return part
        .split('-')
        .map((piece, pieceIndex) => {
          const lower = piece.toLowerCase();
          const isParticle = (index > 0 || pieceIndex > 0) && particles.has(lower);
          return isParticle ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
        })
        .join('-');
    })
    .join(' ');
}
