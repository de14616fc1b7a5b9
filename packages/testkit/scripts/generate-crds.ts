// Regenerates src/apiserver/resources/skupper-crds.json from Skupper's verbatim CRDs: `npm run schema`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderServedCrds } from '../src/apiserver/resources/servedCrds.ts';

const target = fileURLToPath(new URL('../src/apiserver/resources/skupper-crds.json', import.meta.url));
writeFileSync(target, renderServedCrds());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
