// /sign-in: asks for a Kubernetes token when the console acts with each person's own rights.
import {
  Alert,
  Content,
  Login,
  LoginHeader,
  LoginMainBody,
  LoginMainHeader,
  Title,
} from '@patternfly/react-core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { sessionQuery } from '../api/queries.ts';
import { safeNextPath } from './signInRedirect.ts';
import { SignInForm } from './SignInForm.tsx';
import '../shell/shell.css';

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const session = useQuery(sessionQuery());
  const shared = session.data?.mode === 'shared';

  return (
    <Login header={<LoginHeader headerBrand={<span className="cc-brand">Connector Console</span>} />}>
      <title>Sign in · Connector Console</title>
      <LoginMainHeader>
        <Title headingLevel="h1" size="3xl">
          Sign in
        </Title>
        <Content component="p">
          This console acts with your own Kubernetes rights: you see and change only what your account may.
        </Content>
      </LoginMainHeader>
      <LoginMainBody>
        {shared ? (
          <Alert isInline variant="info" title="There is nothing to sign in to">
            This console uses its own credentials for everyone. <Link to={next}>Continue to the console</Link>
          </Alert>
        ) : (
          <>
            {/* Why the person was sent here when the server said so: a lapsed token, or the console's access token. */}
            {session.error && (
              <Alert
                isInline
                isPlain
                variant="warning"
                title={session.error.message}
                className="pf-v6-u-mb-md"
              />
            )}
            <SignInForm next={next} />
          </>
        )}
      </LoginMainBody>
    </Login>
  );
}
