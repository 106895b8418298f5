// Loads component-pages.ts outside Astro's routes: plain Node cannot import an .astro file, so a Vite server with
// Astro's compiler (and no dev server, watcher or other plugin) compiles the components it imports, once per build.
import { getViteConfig } from 'astro/config';
import { createServer, isRunnableDevEnvironment, type Plugin, type PluginOption } from 'vite';
import type { ComponentPages } from './component-pages.ts';

/** Astro's Vite plugins that compile a component and resolve `@/` imports: the others serve routes, or a browser. */
const compilerPlugins = new Set(['astro:tsconfig-alias', 'astro:build', 'astro:build:normal', 'astro:head-metadata']);

const isPlugin = (option: PluginOption): option is Plugin =>
  typeof option === 'object' && option !== null && 'name' in option && !Array.isArray(option);

/** A compiled module of the project at `root` and the means to close the server that compiled it. */
export interface LoadedModule<T> {
  module: T;
  /** Imports another of the project's modules (`/src/…`) through the same compiler. */
  load<U>(path: string): Promise<U>;
  close(): Promise<void>;
}

/** Compiles and imports one of the project's modules (`/src/…`) that imports Astro components. */
export async function loadCompiled<T>(root: string, path: string, cacheDir: string): Promise<LoadedModule<T>> {
  // No config file: the project's own would start every integration (this build's included) a second time.
  const astroConfig = { configFile: false, root, cacheDir, logLevel: 'error', devToolbar: { enabled: false } } as const;
  const config = await getViteConfig({}, astroConfig)({ mode: 'production', command: 'serve' });
  const plugins = (config.plugins ?? [])
    .flat(Infinity as 1)
    .filter(isPlugin)
    .filter((p) => compilerPlugins.has(p.name));
  const server = await createServer({
    ...config,
    configFile: false,
    plugins,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  const ssr = server.environments.ssr;
  if (!ssr || !isRunnableDevEnvironment(ssr)) {
    await server.close();
    throw new Error('component pages: Vite has no server environment that runs modules');
  }
  const load = <U>(id: string) => ssr.runner.import(id) as Promise<U>;
  try {
    return { module: await load<T>(path), load, close: () => server.close() };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** The renderer of quote pages and search documents for one build; `close` it when the build is done. */
export async function loadComponentPages(
  root: string,
  cacheDir: string,
): Promise<ComponentPages & { close(): Promise<void> }> {
  const loaded = await loadCompiled<typeof import('./component-pages.ts')>(
    root,
    '/src/build/component-pages.ts',
    cacheDir,
  );
  return { ...(await loaded.module.createComponentPages()), close: loaded.close };
}
