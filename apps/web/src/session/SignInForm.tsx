// The token form: a password-type field with where to get a token, and what went wrong, said where it matters.
import {
  ActionGroup,
  Alert,
  Button,
  Form,
  FormGroup,
  FormHelperText,
  HelperText,
  HelperTextItem,
  TextInput,
} from '@patternfly/react-core';
import { useRef, useState } from 'react';
import { EMPTY_TOKEN, signInFailure, type SignInFailure } from './signInFailure.ts';
import { useSignIn } from './useSignIn.ts';

const ID = 'sign-in-token';

export function SignInForm({ next }: { next: string }) {
  const [token, setToken] = useState('');
  const [failure, setFailure] = useState<SignInFailure | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const signIn = useSignIn(next);
  // Focus returns to the field, so a screen reader reads the problem with it and a new token can be pasted.
  const fail = (reason: SignInFailure) => {
    setFailure(reason);
    input.current?.focus();
  };
  const submit = () => {
    const trimmed = token.trim();
    if (signIn.isPending) return;
    if (!trimmed) {
      fail(EMPTY_TOKEN);
      return;
    }
    setFailure(undefined);
    signIn.mutate(trimmed, { onError: (error) => fail(signInFailure(error)) });
  };
  const fieldError = failure?.kind === 'field' ? failure.message : undefined;

  return (
    <Form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      {failure?.kind === 'alert' && (
        <Alert isInline isLiveRegion variant="danger" title={failure.title}>
          {failure.message}
        </Alert>
      )}
      <FormGroup label="Kubernetes token" fieldId={ID} isRequired>
        <TextInput
          id={ID}
          ref={input}
          type="password"
          autoComplete="off"
          spellCheck={false}
          isRequired
          value={token}
          onChange={(_event, value) => setToken(value)}
          validated={fieldError ? 'error' : 'default'}
          aria-describedby={fieldError ? `${ID}-error ${ID}-help` : `${ID}-help`}
        />
        <FormHelperText>
          <HelperText>
            {fieldError && (
              <HelperTextItem id={`${ID}-error`} variant="error">
                {fieldError}
              </HelperTextItem>
            )}
            <HelperTextItem id={`${ID}-help`}>
              Get one with <code>kubectl create token &lt;serviceaccount&gt;</code>, with{' '}
              <code>oc whoami -t</code> on OpenShift, or from your identity provider. The console keeps it
              only in this browser session’s cookie.
            </HelperTextItem>
          </HelperText>
        </FormHelperText>
      </FormGroup>
      <ActionGroup>
        <Button type="submit" variant="primary" isBlock isLoading={signIn.isPending}>
          Sign in
        </Button>
      </ActionGroup>
    </Form>
  );
}
