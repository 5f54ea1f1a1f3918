import { useState, type FormEvent } from 'react';
import { ApiCallError } from '../../api/index.ts';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useSession } from '../../session/session.tsx';

export function SignInScreen() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (caught) {
      // Do not tell which of the two was wrong.
      setError(caught instanceof ApiCallError && (caught.code === 'unauthenticated' || caught.code === 'forbidden' || caught.code === 'invalid-input')
        ? t('signin.failed') : t('common.error', { message: (caught as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="signin-page">
      <main className="signin-card" aria-labelledby="signin-title">
        <div className="signin-brand">
          <span className="brand-mark" aria-hidden="true">✉</span>
          <div>
            <h1 id="signin-title">{t('app.title')}</h1>
            <p className="muted">{t('signin.subtitle')}</p>
          </div>
        </div>
        <form onSubmit={submit} className="form" noValidate>
          <div className="form-field">
            <label htmlFor="signin-username">{t('signin.username')}</label>
            <input id="signin-username" name="username" autoComplete="username" autoFocus required
              value={username} onChange={(e) => setUsername(e.target.value)} />
          </div>
          <div className="form-field">
            <label htmlFor="signin-password">{t('signin.password')}</label>
            <input id="signin-password" name="password" type="password" autoComplete="current-password" required
              value={password} onChange={(e) => setPassword(e.target.value)} />
          </div>
          {error && <p className="form-error" role="alert">{error}</p>}
          <button type="submit" className="button button-primary" disabled={busy || !username || !password}>
            {busy ? t('signin.busy') : t('signin.submit')}
          </button>
        </form>
        <div className="signin-footer">
          <LanguageSwitch />
        </div>
      </main>
    </div>
  );
}
