// remark plugin: the first H1 becomes the article's headline (front matter `title` wins) and leaves the body;
// any later H1 becomes an H2, so the page's headline stays its only h1.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { extractHeadline } from '../extract/headline.ts';
import { frontmatterOf } from './frontmatter.ts';

export function remarkHeadline() {
  return (tree: Root, file: VFile) => {
    const frontmatter = frontmatterOf(file);
    const found = extractHeadline(tree);
    // The page renders the headline as its only h1, so the body must not repeat it.
    if (found) tree.children.splice(found.index, 1);
    for (const node of tree.children) if (node.type === 'heading' && node.depth === 1) node.depth = 2;
    const title = typeof frontmatter['title'] === 'string' ? frontmatter['title'].trim() : '';
    const headline = title || found?.text;
    if (!headline) {
      file.fail('no headline: start the article with a "# Headline" line, or set "title" in its front matter');
    }
    frontmatter.headline = headline;
  };
}
