import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type Params, type PlaceholderNames, fillText } from './fill-text.js';

export type { Params };

/**
 * Vietnamese first, English second. Every text a person reads is a `{ vi, en }` pair kept next
 * to the feature that shows it (the domain package's labels have the same shape), so that a
 * missing translation is a type error rather than a blank on screen.
 */
export type Language = 'vi' | 'en';
export interface Text<Vi extends string = string, En extends string = string> {
  vi: Vi;
  en: En;
}

/**
 * What a text's placeholders need: exactly its names for a text declared with `defineTexts`
 * (a missing or misspelt one is a type error), anything for a text only known as `Text`.
 */
type ParamsFor<T extends Text> = string extends T['vi'] | T['en']
  ? [params?: Params]
  : [PlaceholderNames<T['vi'] | T['en']>] extends [never]
    ? []
    : [params: Record<PlaceholderNames<T['vi'] | T['en']>, string | number>];

export type Translate = <T extends Text>(text: T, ...params: ParamsFor<T>) => string;

const STORAGE_KEY = 'motcua.language';

interface I18n {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

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
    () => ({ language, setLanguage, t: (text, ...params) => fillText(text[language].normalize('NFC'), params[0]) }),
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
export const defineTexts = <const T extends Record<string, Text>>(texts: T): T => texts;
