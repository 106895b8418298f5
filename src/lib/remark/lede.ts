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
    if (!first) file.fail('no body: the article has no paragraph of text under its headline');
    frontmatterOf(file).lede = shortLede(paragraphText(first).text);
  };
}
