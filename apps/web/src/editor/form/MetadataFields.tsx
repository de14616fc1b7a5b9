// Labels and annotations, each checked by Kubernetes' rules as it is typed.
import {
  validateAnnotationKey,
  validateAnnotationValue,
  validateLabelKey,
  validateLabelValue,
} from '@connector-console/model';
import type { FormPartProps } from './formProps.ts';
import { KeyValueEditor } from './KeyValueEditor.tsx';

export function MetadataFields({ values, errors, dispatch }: FormPartProps) {
  return (
    <>
      <KeyValueEditor
        id="connector-labels"
        label="Labels"
        helpPath="metadata.labels"
        noun="label"
        validateKey={validateLabelKey}
        validateValue={validateLabelValue}
        entries={values.labels}
        error={errors['metadata.labels']}
        onChange={(entries) => dispatch({ type: 'mapEdited', path: ['metadata', 'labels'], entries })}
      />
      <KeyValueEditor
        id="connector-annotations"
        label="Annotations"
        helpPath="metadata.annotations"
        noun="annotation"
        validateKey={validateAnnotationKey}
        validateValue={validateAnnotationValue}
        entries={values.annotations}
        error={errors['metadata.annotations']}
        onChange={(entries) => dispatch({ type: 'mapEdited', path: ['metadata', 'annotations'], entries })}
      />
    </>
  );
}
