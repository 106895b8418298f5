// remark and rehype plugins for photographs in the text: `![alt](./photo.jpg "caption")` alone in its paragraph becomes
// a figure with the caption, which pages render optimised (ArticleBody.astro); a photograph that is remote, missing,
// unreadable, undescribed or inside a line of text fails the article at its line, saying how to fix it. An image of
// the site's own files (`/map.svg`) stays an image, as it is.
import { join, relative } from 'node:path';
import type { Element, Root as HastRoot } from 'hast';
import type { Definition, Image, ImageReference, Nodes, Paragraph, Parent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { photoAttributeValue, type BodyPhoto } from '../body-photos.ts';
import { bodyImageProblem, isSiteFile } from '../content/body-photo-check.ts';
import { photoFile } from '../content/photo-check.ts';

/** A photograph standing between the paragraphs: its image and, when it has a caption, a figcaption. */
export interface PhotoNode extends Parent {
  type: 'photo';
  children: (Image | ImageReference | Paragraph)[];
}

declare module 'mdast' {
  interface RootContentMap {
    photo: PhotoNode;
  }
  interface BlockContentMap {
    photo: PhotoNode;
  }
}

declare module 'vfile' {
  interface DataMap {
    /** The article's photographs in the text, by the source offset of their figure (which raw HTML cannot share). */
    bodyPhotos: ReadonlyMap<number, Omit<BodyPhoto, 'caption'>>;
  }
}

/** An image of the markdown tree, with the nodes above it (the root first). */
interface FoundImage {
  node: Image | ImageReference;
  ancestors: Parent[];
}

function findImages(tree: Root): FoundImage[] {
  const found: FoundImage[] = [];
  const walk = (node: Nodes, ancestors: Parent[]) => {
    if (node.type === 'image' || node.type === 'imageReference') found.push({ node, ancestors });
    if ('children' in node) for (const child of node.children) walk(child, [...ancestors, node]);
  };
  walk(tree, []);
  return found;
}

/** The paragraph an image stands alone in (white space aside), when that paragraph is a block of the text. */
function ownParagraph({ node, ancestors }: FoundImage): { paragraph: Paragraph; container: Parent } | undefined {
  const paragraph = ancestors.at(-1);
  const container = ancestors.at(-2);
  if (paragraph?.type !== 'paragraph' || !container || !['root', 'blockquote', 'listItem'].includes(container.type))
    return undefined;
  const alone = paragraph.children.every(
    (child) => child === node || (child.type === 'text' && child.value.trim() === ''),
  );
  return alone ? { paragraph: paragraph as Paragraph, container } : undefined;
}

/** The URL as the file system reads it (`%20` is a space), or as written when it is no valid escape. */
function decoded(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/**
 * Runs first of our remark plugins: a photograph's paragraph is no paragraph of text, so the dateline, the lede and
 * the quotes never read it, and smart punctuation sets its caption as a block of its own. Astro's image collection
 * runs later and still finds the image inside the figure, so that the file is one of the site's image imports.
 */
export function remarkPhotos() {
  return async (tree: Root, file: VFile) => {
    const definitions = new Map<string, Definition>();
    visit(tree, 'definition', (node) => {
      definitions.set(node.identifier, node);
    });
    const articleFile = file.path || `${file.cwd}/article.md`;
    const images = findImages(tree).map((image) => ({
      ...image,
      url: decoded(image.node.type === 'image' ? image.node.url : (definitions.get(image.node.identifier)?.url ?? '')),
      own: ownParagraph(image),
    }));
    // Astro's default public folder, beside which the build runs.
    const publicDir = join(file.cwd, 'public');
    const problems = await Promise.all(
      images.map(({ node, url, own }) =>
        bodyImageProblem(articleFile, { url, alt: node.alt ?? '', alone: own !== undefined }, publicDir),
      ),
    );
    for (const [i, problem] of problems.entries()) if (problem) file.fail(problem, images[i]?.node.position);
    const photos = new Map<number, Omit<BodyPhoto, 'caption'>>();
    for (const { node, url, own } of images) {
      if (!own || isSiteFile(url)) continue;
      const { paragraph, container } = own;
      const title = node.type === 'image' ? node.title : definitions.get(node.identifier)?.title;
      const caption: Paragraph[] = title?.trim()
        ? [{ type: 'paragraph', data: { hName: 'figcaption' }, children: [{ type: 'text', value: title.trim() }] }]
        : [];
      const photo: PhotoNode = {
        type: 'photo',
        data: { hName: 'figure' },
        children: [node, ...caption],
        ...(paragraph.position && { position: paragraph.position }),
      };
      container.children.splice(container.children.indexOf(paragraph), 1, photo as never);
      const offset = paragraph.position?.start.offset;
      if (offset !== undefined)
        photos.set(offset, { file: relative(file.cwd, photoFile(articleFile, url)), alt: node.alt ?? '' });
    }
    file.data.bodyPhotos = photos;
  };
}

/**
 * Runs right after sanitize: each photograph's figure becomes the marker pages look for (body-photos.ts), with its
 * caption's text and without the image, whose file the page serves in its place. A figure of the article's raw HTML
 * starts at an offset of its own, so it never becomes a marker; and sanitize has already removed any `data-photo`
 * attribute an article wrote.
 */
export function rehypePhotos() {
  return (tree: HastRoot, file: VFile) => {
    const photos = file.data.bodyPhotos;
    if (!photos?.size) return;
    visit(tree, 'element', (node) => {
      const photo = node.tagName === 'figure' ? photos.get(node.position?.start.offset ?? -1) : undefined;
      if (!photo) return;
      const captions = node.children.filter(
        (child): child is Element => child.type === 'element' && child.tagName === 'figcaption',
      );
      const caption = captions.map(textOf).join(' ').trim();
      node.properties = { dataPhoto: photoAttributeValue({ ...photo, ...(caption && { caption }) }) };
      node.children = captions;
      return SKIP;
    });
  };
}

function textOf(element: Element): string {
  let text = '';
  visit(element, 'text', (node) => {
    text += node.value;
  });
  return text;
}
