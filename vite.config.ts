import { defineConfig } from 'vite';
import minifyTemplateLiterals from 'rollup-plugin-minify-template-literals';

export default defineConfig({
  // Lit's html and css templates are plain strings to the minifier: their white space ships unless
  // squeezed here, at build time.
  plugins: [{ ...minifyTemplateLiterals(), apply: 'build' }],
  server: { host: '127.0.0.1' },
  build: {
    lib: {
      entry: 'src/define.ts',
      formats: ['es'],
      fileName: () => 'campaign-progress.js',
    },
    target: 'es2022',
    rolldownOptions: {
      output: { minify: true, comments: { annotation: false } },
    },
  },
});
