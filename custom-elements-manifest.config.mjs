// `cem analyze` reads this: the manifest that documents the element's API (and checks the README).
export default {
  globs: ['src/**/*.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      name: 'documented-events-only',
      // The analyzer also lists each dispatchEvent() call, named after its argument at best; the @fires
      // tags are the documented events.
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events)
              declaration.events = declaration.events.filter((event) => event.description);
            // `static properties` lists internal state too (`state: true`): no attribute of the API.
            const internal = new Set(
              (declaration.members ?? []).filter((m) => m.privacy === 'private').map((m) => m.name),
            );
            if (declaration.attributes)
              declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName));
          }
        }
      },
    },
    {
      name: 'paths-as-published',
      // The manifest ships in the package, where the modules are the unbundled build's (dist/lib/*.js),
      // not the sources it was read from.
      packageLinkPhase({ customElementsManifest }) {
        const published = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/lib/$1.js');
        const visit = (node) => {
          if (!node || typeof node !== 'object') return;
          for (const [key, value] of Object.entries(node)) {
            if ((key === 'path' || key === 'module') && typeof value === 'string')
              node[key] = published(value);
            else visit(value);
          }
        };
        visit(customElementsManifest);
      },
    },
  ],
};
