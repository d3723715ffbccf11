// WXT adds a module script, `virtual:wxt-html-plugins`, to every HTML page to run WXT's runtime
// plugins (`virtual:wxt-plugins`), and Tend has none. The module was empty, but as an import every
// page shared it became a file of its own: a 0-byte request before each page's first paint. When
// there are no plugins to run, it is marked free of side effects, so the build drops it.
import type { Plugin } from 'vite';

const HTML_PLUGINS = '\0virtual:wxt-html-plugins';
const PLUGINS = 'virtual:wxt-plugins';

export function noEmptyWxtPlugins(): Plugin {
  return {
    name: 'tend-no-empty-wxt-plugins',
    async transform(code, id) {
      if (id !== HTML_PLUGINS) return null;
      const plugins = await this.resolve(PLUGINS, id);
      const loaded = plugins && (await this.load({ id: plugins.id }));
      // No plugins: WXT's module then imports nothing and only declares an empty initPlugins().
      const none = loaded?.code !== undefined && loaded.code !== null && !/\bimport\b/.test(loaded.code);
      return none ? { code, moduleSideEffects: false } : null;
    },
  };
}
