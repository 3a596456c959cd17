import { defineConfig } from 'vite';

export default defineConfig({
  server: { host: '127.0.0.1', open: false },
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
