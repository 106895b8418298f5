// remark plugin: keeps the lede (first paragraph, shortened) as plain text for lists and descriptions;
// an article without any paragraph fails here, naming its file.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { shortLede } from '../extract/lede.ts';
import { frontmatterOf } from './frontmatter.ts';
import { paragraphText } from './paragraph-text.ts';

export function remarkLede() {
  return (tree: Root, file: VFile) => {
    const first = tree.children.find((node) => node.type === 'paragraph');
    // Markdown reads everything up to the next blank line after an HTML block's first tag as HTML, paragraph and all.
    const html = tree.children.find((node) => node.type === 'html');
    if (!first && html) {
      file.fail(
        'no body: the article has no paragraph of its own, only raw HTML from this line on: put a blank line after the HTML tag, so that the text under it is a paragraph',
        html.position,
      );
    }
    if (!first) file.fail('no body: the article has no paragraph of text under its headline');
    frontmatterOf(file).lede = shortLede(paragraphText(first).text);
  };
}
