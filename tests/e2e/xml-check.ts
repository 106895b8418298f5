// Well-formedness of an XML document (a feed, a sitemap), judged by Chromium's own XML parser.
import type { Page } from 'playwright-core';

/** The parser's complaint about `xml`, or null when it is well-formed. `page` may show anything. */
export function xmlError(page: Page, xml: string): Promise<string | null> {
  return page.evaluate(
    (text) =>
      new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null,
    xml,
  );
}
