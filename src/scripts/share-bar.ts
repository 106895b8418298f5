// Makes each share bar better with JavaScript: the browser's own share sheet where it has one, and Copy link that says it worked.

for (const bar of document.querySelectorAll<HTMLElement>('[data-share-url]')) {
  const url = bar.dataset['shareUrl'] ?? location.href;
  const title = bar.dataset['shareTitle'] ?? document.title;
  const status = bar.querySelector<HTMLElement>('[data-share-status]');
  const say = (message: string) => {
    if (status) status.textContent = message;
  };
  // The buttons stay hidden without JavaScript or without the browser feature: a button that does nothing is worse than none.
  const reveal = (button: HTMLButtonElement | null, onClick: () => Promise<void>) => {
    const item = button?.closest('li');
    if (!button || !item) return;
    item.hidden = false;
    button.addEventListener('click', () => void onClick());
  };

  if (typeof navigator.share === 'function') {
    reveal(bar.querySelector('[data-share-native]'), async () => {
      try {
        await navigator.share({ url, title });
      } catch (error) {
        // The reader closing the sheet is their choice, not a failure to report.
        if (!(error instanceof DOMException && error.name === 'AbortError')) say('Could not open the share sheet.');
      }
    });
  }

  if (navigator.clipboard) {
    reveal(bar.querySelector('[data-share-copy]'), async () => {
      try {
        await navigator.clipboard.writeText(url);
        say('Link copied.');
      } catch {
        say(`Could not copy. The link is ${url}`);
      }
    });
  }
}
