// i18next for our own strings; antd's own texts come from its kk_KZ / ru_RU / en_US locales (App.tsx).
// The language is kept in localStorage so a reload keeps it; Russian is the default, as most users'.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en';
import { ru } from './locales/ru';
import { kk } from './locales/kk';

export type Lang = 'kk' | 'ru' | 'en';
export const LANGS: readonly Lang[] = ['kk', 'ru', 'en'];
const KEY = 'tiimdi.lang';

function initialLang(): Lang {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(KEY) : null;
  return saved === 'kk' || saved === 'ru' || saved === 'en' ? saved : 'ru';
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ru: { translation: ru }, kk: { translation: kk } },
  lng: initialLang(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export function setLang(l: Lang): void {
  localStorage.setItem(KEY, l);
  document.documentElement.lang = l;
  void i18n.changeLanguage(l);
}

/** A kk/ru/en label (or a plain string) in the current language, falling back to another language. */
export function pick(l: Partial<Record<Lang, string>> | string | null | undefined, lang: Lang): string {
  if (!l) return '';
  if (typeof l === 'string') return l;
  return l[lang] ?? l.ru ?? l.en ?? l.kk ?? '';
}

export default i18n;
