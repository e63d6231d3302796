import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import type { TranslationKey } from '../i18n/translation-key';
import './parts.css';

const PARTS_SECTIONS: readonly { to: string; labelKey: TranslationKey }[] = [
  { to: '/parts/requisitions', labelKey: 'warrantyParts.nav.requisitions' },
  { to: '/parts/stock', labelKey: 'warrantyParts.nav.stock' },
  { to: '/parts/local-purchases', labelKey: 'warrantyParts.nav.localPurchases' },
  { to: '/parts/write-offs', labelKey: 'warrantyParts.nav.writeOffs' },
];

/** 三包配件: requisitions, stock and ledger, local purchases and the quarterly write-off, one tab each. */
export function PartsLayout() {
  const { t } = useTranslation();
  return (
    <div className="parts-area">
      <nav className="parts-nav" aria-label={t('warrantyParts.nav.label')}>
        {PARTS_SECTIONS.map((section) => (
          <NavLink key={section.to} to={section.to} className="parts-nav__link">
            {t(section.labelKey)}
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}
