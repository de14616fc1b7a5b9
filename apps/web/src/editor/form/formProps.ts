// What every part of the connector form is given: the values to show, the errors to show, and where edits go.
import type { SiteSummary } from '@connector-console/model';
import type { Dispatch } from 'react';
import type { EditorAction } from '../state/editorReducer.ts';
import type { FormField } from './formProblems.ts';
import type { FormValues } from './formValues.ts';

export interface FormPartProps {
  values: FormValues;
  errors: Partial<Record<FormField, string>>;
  dispatch: Dispatch<EditorAction>;
  /** The connector's site; absent while none is chosen. */
  site: SiteSummary | undefined;
}
