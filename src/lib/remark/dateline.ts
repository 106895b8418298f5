// remark plugin: a dateline opening the first paragraph ("ISLAMABAD (Reuters) —") is taken out of the text and kept as data.
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { parseDateline } from '../extract/dateline.ts';
import { frontmatterOf } from './frontmatter.ts';
import { cutPrefix, paragraphText } from './paragraph-text.ts';

export function remarkDateline() {
  return (tree: Root, file: VFile) => {
    const frontmatter = frontmatterOf(file);
    const place = typeof frontmatter['place'] === 'string' ? frontmatter['place'] : null;
    const lede = tree.children.find((node) => node.type === 'paragraph');
    const found = lede ? parseDateline(paragraphText(lede).text) : undefined;
    if (lede && found) cutPrefix(lede, found.length);
    const { length: _, ...dateline } = found ?? { place: '', agency: null, dateText: null, length: 0 };
    // Front matter names the place only where the copy has none: the text is what the wire sent.
    frontmatter.dateline = found ? dateline : place ? { place, agency: null, dateText: null } : null;
  };
}
