// The one digest every cache, manifest and cache key compares: short, and different whenever what it was made of is.
import { createHash } from 'node:crypto';

/** A digest of `value`: text as it is, anything else as its JSON (through `replacer`, when given). */
export function fingerprint(value: unknown, replacer?: (key: string, value: unknown) => unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value, replacer);
  return createHash('sha1').update(text).digest('base64url');
}
