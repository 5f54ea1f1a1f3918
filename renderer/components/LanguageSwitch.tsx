import { LANGUAGES, useI18n } from '../i18n/index.tsx';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <label className="language-switch">
      <span>{t('app.language')}</span>
      <select value={lang} onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'de')}>
        {LANGUAGES.map((code) => <option key={code} value={code}>{code === 'de' ? 'Deutsch' : 'English'}</option>)}
      </select>
    </label>
  );
}
