// Astro's map of the images its content collections refer to, which its own markdown rendering reads to resolve an
// entry's images (astro/dist/content/runtime.js): a virtual module that Astro's published types leave out.
declare module 'astro:asset-imports' {
  /** By import id (`./photo.jpg?astroContentImageFlag=&importer=<entry file>`), the image as an import gives it. */
  const imports: Map<string, import('astro').ImageMetadata>;
  export default imports;
}
