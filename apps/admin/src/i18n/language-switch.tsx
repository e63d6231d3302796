import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from './i18n';

const NATIVE_NAMES: Record<Language, string> = { 'zh-CN': '中文', en: 'English' };

/** Each language is named in itself, so a reader of either can find theirs. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <select className="ui-input ui-select app-language-switch" aria-label={t('language.label')} value={i18n.resolvedLanguage ?? i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>
      {LANGUAGES.map((language) => (
        <option key={language} value={language} lang={language}>
          {NATIVE_NAMES[language]}
        </option>
      ))}
    </select>
  );
}
