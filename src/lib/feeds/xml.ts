// Writing XML by hand, safely: escaping for text and attributes, and the characters XML 1.0 cannot carry at all.

/** Escapes text for an XML element or a double-quoted attribute, dropping characters XML 1.0 forbids (control codes). */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(
      /[<>&"']/g,
      (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char] ?? char,
    );
}

/** One element with escaped text content, or nothing when the value is missing. */
export function element(name: string, value: string | null | undefined): string {
  return value == null ? '' : `<${name}>${escapeXml(value)}</${name}>`;
}
