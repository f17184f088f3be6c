// Fails when src/lib/api/schema.ts is not what openapi-typescript generates from ../openapi.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'api-types-')), 'schema.ts');
execFileSync('npx', ['openapi-typescript', '../openapi.yaml', '--enum-values', '-o', out], { stdio: 'ignore' });
const fresh = readFileSync(out, 'utf8');
const committed = readFileSync('src/lib/api/schema.ts', 'utf8');
if (fresh !== committed) {
  console.error('src/lib/api/schema.ts is stale: run `npm run api:types` and commit it.');
  process.exit(1);
}
console.log('API types are up to date.');
