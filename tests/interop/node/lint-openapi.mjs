// Lints docs/api/openapi.yaml with Redocly's recommended rules; any error or warning fails.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const redocly = path.join(here, 'node_modules', '.bin', 'redocly');
const run = spawnSync(redocly, ['lint', '--format=stylish', process.argv[2]], { encoding: 'utf8' });
const output = `${run.stdout}\n${run.stderr}`;
console.log(output.split('\n').filter((l) => !/[║╔╚]/.test(l)).join('\n'));
if (run.status !== 0) process.exit(1);
if (/warning/i.test(output.replace(/Deprecation warning: Node\.js[^\n]*/g, ''))) {
  console.error('the description has warnings: fix them');
  process.exit(1);
}
