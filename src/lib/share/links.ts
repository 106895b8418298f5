// Plain share links for a page: one URL per service, carrying the canonical URL and title encoded for it.

/** A service a reader can share to with an ordinary link: no script of theirs ever loads on our pages. */
export interface ShareTarget {
  /** Stable key, used as a class name and in tests ('email', 'x', …). */
  id: string;
  /** Visible link text. */
  label: string;
  /** The link, with `{url}`, `{title}` and `{text}` (title, blank line, url) standing for encoded values. */
  template: string;
}

/** The services offered under each article, in order. Policy as data: add or drop a service here. */
export const shareTargets: readonly ShareTarget[] = [
  // RFC 6068: a mailto body breaks lines with CRLF; encodeURIComponent gives %20 for spaces, which mail clients want (not '+').
  { id: 'email', label: 'Email', template: 'mailto:?subject={title}&body={text}' },
  { id: 'whatsapp', label: 'WhatsApp', template: 'https://wa.me/?text={text}' },
  { id: 'telegram', label: 'Telegram', template: 'https://t.me/share/url?url={url}&text={title}' },
  { id: 'x', label: 'X', template: 'https://x.com/intent/tweet?url={url}&text={title}' },
  { id: 'facebook', label: 'Facebook', template: 'https://www.facebook.com/sharer/sharer.php?u={url}' },
  { id: 'linkedin', label: 'LinkedIn', template: 'https://www.linkedin.com/sharing/share-offsite/?url={url}' },
  { id: 'reddit', label: 'Reddit', template: 'https://www.reddit.com/submit?url={url}&title={title}' },
];

/** What is shared: the page's canonical URL and the title to go with it. */
export interface Shareable {
  url: string;
  title: string;
}

export interface ShareLink {
  id: string;
  label: string;
  href: string;
}

/** Fills each target's template with the page's URL and title, each encoded as one URI component. */
export function shareLinks({ url, title }: Shareable, targets: readonly ShareTarget[] = shareTargets): ShareLink[] {
  const values: Record<string, string> = { url, title, text: `${title}\r\n\r\n${url}` };
  return targets.map(({ id, label, template }) => ({
    id,
    label,
    href: template.replace(/\{(url|title|text)\}/g, (_, key: string) => encodeURIComponent(values[key] ?? '')),
  }));
}
