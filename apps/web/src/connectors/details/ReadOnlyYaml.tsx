// A read-only Monaco view of YAML; this module (and Monaco with it) loads only when the YAML tab opens.
import Editor from '@monaco-editor/react';
import { Spinner } from '@patternfly/react-core';
import '../../monaco/loadMonaco.ts';
import { useResolvedTheme } from '../../shell/useResolvedTheme.ts';

interface Props {
  text: string;
  /** Names the model, e.g. "east/web"; it is not a file anywhere. */
  modelName: string;
}

export default function ReadOnlyYaml({ text, modelName }: Props) {
  const theme = useResolvedTheme();
  return (
    <Editor
      height="60vh"
      language="yaml"
      path={`view/${modelName}.yaml`}
      value={text}
      theme={theme === 'dark' ? 'vs-dark' : 'light'}
      loading={<Spinner size="lg" aria-label="Loading the YAML view" />}
      options={{
        readOnly: true,
        domReadOnly: true,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        folding: true,
        ariaLabel: `YAML of connector ${modelName}, read-only`,
      }}
    />
  );
}
