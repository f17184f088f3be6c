// Fails when src/lib/api/schema.d.ts is not what openapi-typescript generates from ../openapi.yaml.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = join(mkdtempSync(join(tmpdir(), 'api-types-')), 'schema.d.ts');
execFileSync('npx', ['openapi-typescript', '../openapi.yaml', '-o', out], { stdio: 'ignore' });
const fresh = readFileSync(out, 'utf8');
const committed = readFileSync('src/lib/api/schema.d.ts', 'utf8');
if (fresh !== committed) {
  console.error('src/lib/api/schema.d.ts is stale: run `npm run api:types` and commit it.');
  process.exit(1);
}
console.log('API types are up to date.');
