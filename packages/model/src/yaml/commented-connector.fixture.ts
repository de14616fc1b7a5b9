// A connector as a person writes it, with comments everywhere and a field the console does not know; for tests.
import type { Document } from 'yaml';
import { parseYamlDocument } from './parse.ts';

export const COMMENTED_CONNECTOR = `# Backend connector for the east site
apiVersion: skupper.io/v2alpha1
kind: Connector
metadata:
  name: backend
  labels:
    app: backend # owned by team east
  annotations:
    example.com/owner: team-east
spec:
  routingKey: backend
  # The backend listens here
  port: 8080 # keep in sync with the deployment
  selector: app=backend
  futureField: keep-me # a field this console does not know
  settings:
    # tuning
    timeout: "30"
# end of connector
`;

/** Every comment in the fixture, so a test can check that none was lost. */
export const FIXTURE_COMMENTS = [
  '# Backend connector for the east site',
  '# owned by team east',
  '# The backend listens here',
  '# keep in sync with the deployment',
  '# a field this console does not know',
  '# tuning',
  '# end of connector',
];

export function parseFixture(text: string = COMMENTED_CONNECTOR): Document {
  const { doc, problems } = parseYamlDocument(text);
  if (!doc) throw new Error(`fixture does not parse: ${JSON.stringify(problems)}`);
  return doc;
}
