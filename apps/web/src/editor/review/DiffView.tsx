// A side-by-side Monaco diff of two YAML texts; this module (and Monaco with it) loads only when a diff opens.
import { DiffEditor } from '@monaco-editor/react';
import { Spinner } from '@patternfly/react-core';
import '../../monaco/loadMonaco.ts';
import { useResolvedTheme } from '../../shell/useResolvedTheme.ts';

interface Props {
  original: string;
  modified: string;
  /** Names the two models, e.g. "review/east/web"; they are not files anywhere. */
  modelName: string;
}

export default function DiffView({ original, modified, modelName }: Props) {
  const theme = useResolvedTheme();
  return (
    <DiffEditor
      height="50vh"
      language="yaml"
      original={original}
      modified={modified}
      originalModelPath={`${modelName}.before.yaml`}
      modifiedModelPath={`${modelName}.after.yaml`}
      theme={theme === 'dark' ? 'vs-dark' : 'light'}
      loading={<Spinner size="lg" aria-label="Loading the comparison" />}
      options={{
        readOnly: true,
        originalEditable: false,
        renderSideBySide: true,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        ariaLabel: 'What will change. Press F7 to go from one change to the next.',
      }}
    />
  );
}
