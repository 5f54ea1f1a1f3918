// A small typed dictionary instead of an i18n framework: German is the source of the keys, English
// must have every one of them (the compiler checks), and that is all the app needs.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { DocumentType, ItemState, ProtectionLevel, RolloutState } from '../../electron/contract/domain.ts';
import type { Role } from '../../electron/contract/api.ts';
import { de, deVocabulary, type MessageKey, type Vocabulary } from './de.ts';
import { en, enVocabulary } from './en.ts';

export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const dictionaries: Record<Language, Record<MessageKey, string>> = { de, en };
const vocabularies: Record<Language, Vocabulary> = { de: deVocabulary, en: enVocabulary };
const locales: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

export type Params = Record<string, string | number>;

export interface I18n {
  lang: Language;
  setLang(lang: Language): void;
  t(key: MessageKey, params?: Params): string;
  docType(type: DocumentType | null | undefined): string;
  protection(level: ProtectionLevel | null | undefined): string;
  itemState(state: ItemState): string;
  rollout(state: RolloutState): string;
  role(role: Role): string;
  date(value: string | null | undefined): string;
  dateTime(value: string | null | undefined): string;
  money(amount: number, currency?: string): string;
  number(value: number, digits?: number): string;
  percent(share: number): string;
}

const I18nContext = createContext<I18n | null>(null);
const STORAGE_KEY = 'epost.lang';

function initialLanguage(): Language {
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'de';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Language>(initialLanguage);
  const setLang = useCallback((next: Language) => {
    window.localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(() => {
    const dictionary = dictionaries[lang];
    const vocabulary = vocabularies[lang];
    const locale = locales[lang];
    const dateFormat = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    // Plain dates (YYYY-MM-DD) are calendar days, not instants: format them in UTC so no time zone shifts them.
    const asDate = (value: string) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value));
    return {
      lang,
      setLang,
      t(key, params) {
        const template = dictionary[key];
        return params ? template.replace(/\{(\w+)\}/g, (_m, name: string) => String(params[name] ?? `{${name}}`)) : template;
      },
      docType: (type) => (type ? vocabulary.documentTypes[type] : dictionary['common.unknown']),
      protection: (level) => (level ? vocabulary.protection[level] : dictionary['common.unknown']),
      itemState: (state) => vocabulary.states[state],
      rollout: (state) => vocabulary.rollout[state],
      role: (role) => vocabulary.roles[role],
      date: (value) => (value ? dateFormat.format(asDate(value)) : '–'),
      dateTime: (value) => (value ? dateTimeFormat.format(new Date(value)) : '–'),
      money: (amount, currency = 'EUR') => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount),
      number: (value, digits = 0) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value),
      percent: (share) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export type { MessageKey };
