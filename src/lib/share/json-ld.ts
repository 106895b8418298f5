// Serialises structured data for a `<script type="application/ld+json">` element, so no value can end the element early.

/**
 * JSON, with `<`, `>` and `&` written as \u escapes (still the same JSON value): a headline containing
 * `</script>` or `<!--` then cannot close or comment out the script element. U+2028/2029 are escaped too,
 * for parsers that still treat them as line ends.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
