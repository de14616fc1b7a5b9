// The form's values and problems, read from the editor's document whenever it changes.
import { useMemo } from 'react';
import { isTextValid, type EditorState } from '../state/editorState.ts';
import { formProblems, type FormField, type FormProblems } from './formProblems.ts';
import { readFormValues, type FormValues } from './formValues.ts';

export interface FormModel {
  values: FormValues;
  problems: FormProblems;
  /** The YAML does not parse: the form shows the last valid document and takes no edits. */
  readOnly: boolean;
}

export function useFormModel(state: EditorState): FormModel {
  const { doc, site, serverProblems, touched, showAllProblems } = state;
  const values = useMemo(() => readFormValues(doc), [doc]);
  const problems = useMemo(
    () =>
      formProblems({
        value: values.value,
        platform: site?.platform ?? 'kubernetes',
        namespace: site?.namespace,
        server: serverProblems,
        shows: (field: FormField) => showAllProblems || touched.includes(field),
      }),
    [values, site, serverProblems, touched, showAllProblems],
  );
  return { values, problems, readOnly: !isTextValid(state) };
}
