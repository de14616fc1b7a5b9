// Regenerates src/schema/connector.schema.json from Skupper's Connector CRD: `npm run schema`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CRD_FILES, readReference } from '@connector-console/testkit';
import { renderConnectorSchema } from '../src/schema/connector-schema.ts';

const target = fileURLToPath(new URL('../src/schema/connector.schema.json', import.meta.url));
const crd: unknown = parse(readReference(CRD_FILES.Connector));
writeFileSync(target, renderConnectorSchema(crd));
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
