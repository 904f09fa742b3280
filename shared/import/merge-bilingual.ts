// Runs everywhere (shared). Both language versions of one agenda, pasted one after the other,
// become one list: items paired by number, each with its Chinese and English title. A number
// found in one language only is kept, with a warning, so the preview shows the gap.
import { label, type Lang } from '../i18n.ts';
import { inAgendaOrder } from '../schedule/agenda-numbers.ts';
import { jointKeyFor, numberedJointKey } from './joint-key.ts';
import { importWarning } from './warnings.ts';
import type { BilingualItem, ImportedItem, ImportWarning } from './types.ts';

/** One language's items as bilingual items with that language only. */
export function inLanguage(items: readonly ImportedItem[], lang: Lang): BilingualItem[] {
  return items.map((item) => ({
    number: item.number,
    title: { [lang]: item.title },
    ...(item.joint === undefined ? {} : { joint: item.joint }),
    ...(item.jointWith === undefined ? {} : { jointWith: { [lang]: item.jointWith } }),
  }));
}

const languageName = (lang: Lang) => ({ en: label(`doc:language.${lang}`, 'en'), zh: label(`doc:language.${lang}`, 'zh') });

export function mergeBilingual(zhItems: readonly ImportedItem[], enItems: readonly ImportedItem[]): { items: BilingualItem[]; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const byNumber = new Map<string, { zh?: ImportedItem; en?: ImportedItem }>();
  for (const item of zhItems) byNumber.set(item.number, { zh: item });
  for (const item of enItems) byNumber.set(item.number, { ...byNumber.get(item.number), en: item });
  const keys = new Set<string>();
  const items = inAgendaOrder([...byNumber].map(([number, pair]) => ({ number, ...pair }))).map(({ number, zh, en }): BilingualItem => {
    for (const [lang, own, other] of [['zh', zh, en], ['en', en, zh]] as const) {
      if (own && !other) warnings.push({ ...importWarning('onlyInOneLanguage', { number, language: languageName(lang) }), lang });
      if (own?.joint !== undefined && other && other.joint === undefined) {
        warnings.push({ ...importWarning('jointInOneLanguage', { number, language: languageName(lang) }), lang });
      }
    }
    const title = { ...(zh ? { zh: zh.title } : {}), ...(en ? { en: en.title } : {}) };
    const item: BilingualItem = { number, title };
    if (zh?.joint !== undefined || en?.joint !== undefined) {
      item.joint = jointKeyFor(title, numberedJointKey(number), keys);
      keys.add(item.joint);
      const jointWith = { ...(zh?.jointWith ? { zh: zh.jointWith } : {}), ...(en?.jointWith ? { en: en.jointWith } : {}) };
      if (Object.keys(jointWith).length > 0) item.jointWith = jointWith;
    }
    return item;
  });
  return { items, warnings };
}
