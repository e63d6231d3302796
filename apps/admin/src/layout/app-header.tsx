import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@aftersales/ui';
import type { Viewer } from '../graphql/types';
import { LanguageSwitch } from '../i18n/language-switch';
import { useSession } from '../session/session-context';

/** `menuButton` opens the navigation drawer; CSS shows it only where the sidebar is a drawer. */
export function AppHeader({ viewer, menuButton }: { viewer: Viewer; menuButton?: ReactNode }) {
  const { t } = useTranslation();
  const { signOut } = useSession();
  return (
    <header className="app-header">
      {menuButton}
      <div className="app-header__viewer">
        <span className="app-header__name">{viewer.displayName}</span>
        <span className="app-header__role">{t(`roles.${viewer.role}`)}</span>
        {viewer.repairCenter && <span className="app-header__center">{viewer.repairCenter.name}</span>}
      </div>
      <div className="app-header__tools">
        <LanguageSwitch />
        <Button size="small" onClick={signOut}>
          {t('auth.signOut')}
        </Button>
      </div>
    </header>
  );
}
