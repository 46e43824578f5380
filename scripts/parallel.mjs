// Runs npm scripts side by side (type-checks and ESLint use one core each), printing each one's output
// whole when it ends, and fails if any fails. Usage: node scripts/parallel.mjs typecheck lint
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const results = await Promise.all(
  process.argv.slice(2).map(
    (script) =>
      new Promise((resolve) => {
        const child = spawn(npm, ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'], shell: process.platform === 'win32' });
        const out = [];
        child.stdout.on('data', (d) => out.push(d));
        child.stderr.on('data', (d) => out.push(d));
        child.on('close', (code) => {
          process.stdout.write(`\n> ${script}: ${code === 0 ? 'passed' : `failed (${code})`}\n${Buffer.concat(out).toString()}`);
          resolve(code === 0);
        });
      }),
  ),
);
if (!results.every(Boolean)) process.exit(1);
