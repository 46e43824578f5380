import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/dates';
import { dictionaries } from '../../shared/i18n';

void i18next.use(initReactI18next).init({
  resources: { ms: { translation: dictionaries.ms }, en: { translation: dictionaries.en } },
  lng: 'ms',
  fallbackLng: 'ms',
  interpolation: { escapeValue: false },
});

export function setUiLanguage(language: Language) {
  document.documentElement.lang = language;
  return i18next.changeLanguage(language);
}

export default i18next;
