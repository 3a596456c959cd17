// `executeServerCommand('picture-command', args)` runs `campaign-progress picture …args` (the
// package's bin, as npx runs it) for test/picture-command.test.ts, in a fresh output directory, and
// answers with its exit code, what it printed and the files it left there (each PNG's size read
// from its header, and a hash of each). The same arguments run once: the command is deterministic, and the test runs
// in two browsers.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/campaign-progress.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

function run(args) {
  const out = join(mkdtempSync(join(tmpdir(), 'picture-command-')), 'out');
  return new Promise((resolve) => {
    const started = Date.now();
    execFile(
      process.execPath,
      [BIN, ...args, '--out', out],
      { cwd: ROOT, timeout: 60_000, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const names = existsSync(out) ? readdirSync(out).sort() : [];
        const files = names.map((name) => {
          const bytes = readFileSync(join(out, name));
          const png = name.endsWith('.png') && bytes.subarray(1, 4).toString() === 'PNG';
          return {
            name,
            size: bytes.length,
            sha256: createHash('sha256').update(bytes).digest('hex'),
            ...(png ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : {}),
            ...(name.endsWith('.png') ? {} : { text: bytes.toString('utf8') }),
          };
        });
        resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr, files, ms: Date.now() - started });
      },
    );
  });
}

export function pictureCommand() {
  const runs = new Map();
  return {
    name: 'picture-command',
    executeCommand({ command, payload }) {
      if (command !== 'picture-command') return undefined;
      const key = JSON.stringify(payload);
      if (!runs.has(key)) runs.set(key, run(payload));
      return runs.get(key);
    },
  };
}
