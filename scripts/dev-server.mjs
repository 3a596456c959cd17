// The project's Vite dev server on a free port of 127.0.0.1, for the screenshot scripts: they load
// the demo's pages and the sources through it, and its local feed under /feed/.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Starts the dev server and resolves once it answers: `{ base, close }`. */
export async function startDevServer() {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    'node_modules/.bin/vite',
    ['--host', '127.0.0.1', '--port', `${port}`, '--strictPort'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  const close = () => server.kill();
  try {
    await answering(base);
  } catch (error) {
    close();
    throw error;
  }
  return { base, close };
}

/** A port nothing listens on now, for the dev server. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address();
      probe.close(() => resolve(free));
    });
  });
}

async function answering(base) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`${base}/test/fixtures/empty-post.html`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite did not answer on ${base}`);
}
