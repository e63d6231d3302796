import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Alert, Button, Form, FormError, TextField } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { LanguageSwitch } from '../i18n/language-switch';
import { LOGIN_MUTATION } from './queries';
import { useSession } from './session-context';
import { clearSession } from './session-storage';
import { formatRetryAfter, retryAfterSeconds } from './sign-in-throttle';

export function LoginPage() {
  const { t, i18n } = useTranslation();
  const { state, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const mapError = useErrorMapper();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ username?: string; password?: string }>({});
  const [result, login] = useMutation(LOGIN_MUTATION);
  const redirect = location.state as { from?: string; reason?: string } | null;
  const from = redirect?.from ?? '/';

  if (state.status === 'signed-in') return <Navigate to={from} replace />;

  const errors = mapError(result.error);
  // The API words this refusal in English; the wait it names is said in the reader's language.
  const wait = retryAfterSeconds(result.error);
  const message = wait === null ? errors.message : t('auth.tooManyAttempts', { when: formatRetryAfter(wait, i18n.language) });
  const submit = async () => {
    const required = t('common.required');
    const nextMissing = { ...(username.trim() ? {} : { username: required }), ...(password ? {} : { password: required }) };
    setMissing(nextMissing);
    if (Object.keys(nextMissing).length > 0) return;
    clearSession(); // a stale token must not ride along with the log-in
    const response = await login({ input: { username: username.trim(), password } });
    if (response.data?.login) {
      signIn(response.data.login);
      void navigate(from, { replace: true });
    }
  };

  return (
    <main className="app-login">
      <div className="app-login__panel">
        <div className="app-login__header">
          <h1 className="app-login__title">{t('app.name')}</h1>
          <LanguageSwitch />
        </div>
        <p className="app-login__subtitle">{t('auth.subtitle')}</p>
        <Form onSubmit={() => void submit()} aria-label={t('auth.title')}>
          {redirect?.reason === 'expired' && !message && <Alert tone="warning">{t('auth.sessionExpired')}</Alert>}
          <FormError message={message} />
          <TextField label={t('auth.username')} autoComplete="username" value={username} onChange={setUsername} error={missing.username ?? errors.fieldErrors['username']} />
          <TextField label={t('auth.password')} type="password" autoComplete="current-password" value={password} onChange={setPassword} error={missing.password ?? errors.fieldErrors['password']} />
          <Button type="submit" variant="primary" loading={result.fetching}>
            {t('auth.signIn')}
          </Button>
        </Form>
      </div>
    </main>
  );
}
