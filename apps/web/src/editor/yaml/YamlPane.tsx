// The YAML view's editor: Monaco with the Connector schema, and the console's own problems marked at their lines.
import Editor from '@monaco-editor/react';
import { Spinner } from '@patternfly/react-core';
import { useEffect, useState } from 'react';
import { useResolvedTheme } from '../../shell/useResolvedTheme.ts';
import { monaco } from './connectorYamlLanguage.ts';
import type { MarkerSeverity, YamlMarker } from './yamlMarkers.ts';

type CodeEditor = ReturnType<typeof monaco.editor.create>;

interface Props {
  text: string;
  modelPath: string;
  markers: readonly YamlMarker[];
  onChange: (text: string) => void;
  label: string;
}

/** monaco-yaml owns the schema's markers; these are the console's, kept apart so neither replaces the other. */
const MARKER_OWNER = 'connector-console';
const SEVERITY: Record<MarkerSeverity, number> = {
  error: monaco.MarkerSeverity.Error,
  warning: monaco.MarkerSeverity.Warning,
  info: monaco.MarkerSeverity.Info,
};

export default function YamlPane({ text, modelPath, markers, onChange, label }: Props) {
  const theme = useResolvedTheme();
  const [editor, setEditor] = useState<CodeEditor>();

  useEffect(() => {
    const model = editor?.getModel();
    if (!model) return;
    const lines = model.getLineCount();
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      markers.map((marker) => {
        const line = Math.min(marker.line, lines);
        return {
          startLineNumber: line,
          startColumn: marker.column,
          endLineNumber: line,
          endColumn: Math.max(model.getLineMaxColumn(line), marker.column + 1),
          message: marker.message,
          severity: SEVERITY[marker.severity],
        };
      }),
    );
  }, [editor, markers, text]);

  return (
    <Editor
      height="60vh"
      language="yaml"
      path={modelPath}
      value={text}
      onChange={(value) => onChange(value ?? '')}
      onMount={(mounted) => setEditor(mounted)}
      theme={theme === 'dark' ? 'vs-dark' : 'light'}
      loading={<Spinner size="lg" aria-label="Loading the YAML editor" />}
      options={{
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        tabSize: 2,
        insertSpaces: true,
        ariaLabel: label,
        fixedOverflowWidgets: true,
      }}
    />
  );
}
