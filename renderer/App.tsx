// The shell: sign-in, then the workplaces of the signed-in role, one tab each. Routes live in the
// URL hash so a reload keeps the screen, and Electron's file:// URL needs no history API.
import { useEffect, useState, type ReactNode } from 'react';
import type { Role } from '../electron/contract/api.ts';
import { LanguageSwitch } from './components/LanguageSwitch.tsx';
import { AuditScreen } from './features/console/AuditScreen.tsx';
import { ConsoleScreen } from './features/console/ConsoleScreen.tsx';
import { DashboardScreen } from './features/dashboard/DashboardScreen.tsx';
import { InboxScreen } from './features/inbox/InboxScreen.tsx';
import { ReviewScreen } from './features/mailroom/ReviewScreen.tsx';
import { UnopenedScreen } from './features/mailroom/UnopenedScreen.tsx';
import { PaperListScreen } from './features/paper/PaperListScreen.tsx';
import { QuarantineBadge, QuarantineScreen } from './features/quarantine/QuarantineScreen.tsx';
import { SignInScreen } from './features/signin/SignInScreen.tsx';
import { useI18n, type MessageKey } from './i18n/index.tsx';
import { useSession } from './session/session.tsx';

interface Workplace { id: string; label: MessageKey; render: () => ReactNode }

const WORKPLACES: Record<Role, Workplace[]> = {
  mailroom: [
    { id: 'pruefplatz', label: 'nav.review', render: () => <ReviewScreen /> },
    { id: 'uebergabeliste', label: 'nav.paper', render: () => <PaperListScreen /> },
    { id: 'ungeoeffnet', label: 'nav.unopened', render: () => <UnopenedScreen /> },
    { id: 'quarantaene', label: 'nav.quarantine', render: () => <QuarantineScreen /> },
  ],
  clerk: [
    { id: 'posteingang', label: 'nav.inbox', render: () => <InboxScreen /> },
  ],
  it: [
    { id: 'einfuehrung', label: 'nav.console', render: () => <ConsoleScreen /> },
    { id: 'kennzahlen', label: 'nav.dashboard', render: () => <DashboardScreen /> },
    { id: 'protokoll', label: 'nav.audit', render: () => <AuditScreen /> },
    { id: 'quarantaene', label: 'nav.quarantine', render: () => <QuarantineScreen readOnly /> },
  ],
};

function useHashRoute(): [string, (id: string) => void] {
  const read = () => window.location.hash.replace(/^#\/?/, '');
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const onChange = () => setRoute(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return [route, (id) => { window.location.hash = `/${id}`; }];
}

export function App() {
  const { user, restoring, signOut } = useSession();
  const { t, role } = useI18n();
  const [route, navigate] = useHashRoute();

  if (restoring) return <div className="app-loading" role="status">{t('common.loading')}</div>;
  if (!user) return <SignInScreen />;

  const workplaces = WORKPLACES[user.role];
  const current = workplaces.find((w) => w.id === route) ?? workplaces[0]!;

  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="app-header">
        <div className="app-brand">
          <span className="brand-mark" aria-hidden="true">✉</span>
          <span className="app-title">{t('app.title')}</span>
        </div>
        <nav className="app-nav" aria-label={t('nav.label')}>
          {workplaces.map((workplace) => (
            <a key={workplace.id} href={`#/${workplace.id}`} className="app-nav-link"
              aria-current={workplace.id === current.id ? 'page' : undefined}
              onClick={(e) => { e.preventDefault(); navigate(workplace.id); }}>
              {t(workplace.label)}
              {/* An unreadable scan is a letter not captured: the count shows on every screen. */}
              {workplace.id === 'quarantaene' && <QuarantineBadge />}
            </a>
          ))}
        </nav>
        <div className="app-user">
          <span className="app-user-name" data-testid="current-user">
            {user.displayName}
            <span className="app-user-role">
              {role(user.role)}{user.department ? ` · ${user.department}` : ''}
            </span>
          </span>
          <LanguageSwitch />
          <button type="button" className="button button-quiet button-on-dark" onClick={() => void signOut()}>{t('app.signOut')}</button>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {current.render()}
      </main>
    </div>
  );
}
