// Runs everywhere (shared). Language versions of one agenda, pasted one after the other, become
// one list: items paired by number, each with its title in every language pasted (Chinese and
// English, or French onto English, any pair or more). A number found in some versions only is
// kept, with a warning, so the preview shows the gap.
import { message, type DocLang, type Message } from '../i18n.ts';
import type { LangText } from '../model/types.ts';
import { inAgendaOrder } from '../schedule/agenda-numbers.ts';
import { jointKeyFor, numberedJointKey } from './joint-key.ts';
import { importWarning } from './warnings.ts';
import type { BilingualItem, ImportedItem, ImportWarning } from './types.ts';

/** One language's items as bilingual items with that language only. */
export function inLanguage(items: readonly ImportedItem[], lang: DocLang): BilingualItem[] {
  return items.map((item) => ({
    number: item.number,
    title: { [lang]: item.title },
    ...(item.joint === undefined ? {} : { joint: item.joint }),
    ...(item.jointWith === undefined ? {} : { jointWith: { [lang]: item.jointWith } }),
  }));
}

/** The language's name in each interface language ("French" / "法文"), for warnings. */
export const languageName = (lang: DocLang): Message => message(`import:language.${lang}`);

export interface LanguageVersion {
  lang: DocLang;
  items: readonly ImportedItem[];
}

/** The versions' items merged by number; warnings for a number or a joint marker missing from some versions. */
export function mergeLanguages(versions: readonly LanguageVersion[]): { items: BilingualItem[]; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const byNumber = new Map<string, Map<DocLang, ImportedItem>>();
  for (const { lang, items } of versions) {
    for (const item of items) byNumber.set(item.number, (byNumber.get(item.number) ?? new Map()).set(lang, item));
  }
  const keys = new Set<string>();
  const numbers = inAgendaOrder([...byNumber.keys()].map((number) => ({ number })));
  const items = numbers.map(({ number }): BilingualItem => {
    const found = byNumber.get(number)!;
    const several = versions.length > 1;
    const jointSomewhere = [...found.values()].some((item) => item.joint !== undefined);
    for (const { lang } of versions) {
      const own = found.get(lang);
      if (!own) continue;
      if (several && found.size < versions.length) warnings.push({ ...importWarning('onlyInOneLanguage', { number, language: languageName(lang) }), lang });
      if (own.joint !== undefined && found.size > 1 && [...found.values()].some((other) => other.joint === undefined)) {
        warnings.push({ ...importWarning('jointInOneLanguage', { number, language: languageName(lang) }), lang });
      }
    }
    const title: LangText = {};
    const jointWith: LangText = {};
    for (const [lang, item] of found) {
      title[lang] = item.title;
      if (item.jointWith) jointWith[lang] = item.jointWith;
    }
    const item: BilingualItem = { number, title };
    if (jointSomewhere) {
      item.joint = jointKeyFor(title, numberedJointKey(number), keys);
      keys.add(item.joint);
      if (Object.keys(jointWith).length > 0) item.jointWith = jointWith;
    }
    return item;
  });
  return { items, warnings };
}

/** The Chinese and the English version of one agenda merged (mergeLanguages for the pair Orgwork began with). */
export function mergeBilingual(zhItems: readonly ImportedItem[], enItems: readonly ImportedItem[]): { items: BilingualItem[]; warnings: ImportWarning[] } {
  return mergeLanguages([
    { lang: 'zh', items: zhItems },
    { lang: 'en', items: enItems },
  ]);
}
