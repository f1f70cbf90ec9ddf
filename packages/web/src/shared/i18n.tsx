import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';

/**
 * Vietnamese first, English second. Every text a person reads is a `{ vi, en }` pair kept next
 * to the feature that shows it (the domain package's labels have the same shape), so that a
 * missing translation is a type error rather than a blank on screen.
 */
export type Language = 'vi' | 'en';
export interface Text {
  vi: string;
  en: string;
}

export type Params = Record<string, string | number>;
export type Translate = (text: Text, params?: Params) => string;

const STORAGE_KEY = 'motcua.language';

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function initialLanguage(): Language {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'vi';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({ language, setLanguage, t: (text, params) => fill(text[language].normalize('NFC'), params) }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}

export const useT = (): Translate => useI18n().t;

/** Declares a feature's texts; the identity function keeps their keys typed. */
export const defineTexts = <T extends Record<string, Text>>(texts: T): T => texts;
