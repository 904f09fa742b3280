// Runs in Node (tests). Sessions in more languages than Chinese and English, made from the
// fixtures: every text given each language, in real words where we have them (the titles
// UN agendas use in Arabic, French, Spanish and Russian) so that exports are checked on the
// real scripts, and otherwise made from the English text behind the language's own words
// (a mixed-direction text in Arabic: Arabic, then English, as an untranslated sentence is).
import { DOC_LANGS, type DocLang } from '../../shared/i18n.ts';
import type { LangText, Session } from '../../shared/model/index.ts';
import { documentFixtureSession } from './fixtures.ts';

export const isLangText = (value: unknown): value is LangText =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0 && Object.keys(value).every((key) => (DOC_LANGS as readonly string[]).includes(key));

type Translations = Partial<Record<DocLang, Record<string, string>>>;

/** Every LangText of `value`, however deep, given a text in each of `langs`: its own, a translation of its English, or `${lang}: ${English}`. */
export function withLanguages<T>(value: T, langs: readonly DocLang[], translations: Translations = {}): T {
  if (Array.isArray(value)) return value.map((v) => withLanguages(v, langs, translations)) as T;
  if (isLangText(value)) {
    const base = value.en ?? value.zh ?? '';
    return Object.fromEntries(langs.map((lang) => [lang, value[lang] ?? translations[lang]?.[base] ?? `${PREFIX[lang]}${base}`])) as T;
  }
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withLanguages(v, langs, translations)])) as T;
  return value;
}

/** Before an English text standing in for a translation: the language's word for "text". */
const PREFIX: Record<DocLang, string> = { ar: 'نص: ', en: 'en: ', es: 'es: ', fr: 'fr: ', ru: 'ru: ', zh: 'zh: ' };

/** The 2017 session's standard titles and names as the other four UN languages write them. */
export const TRANSLATIONS: Translations = {
  ar: {
    'Provisional agenda and annotations': 'جدول الأعمال المؤقت وشروحه',
    'Conference of the Parties to the United Nations Convention against Transnational Organized Crime': 'مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية',
    Vienna: 'فيينا',
    'Working Group on International Cooperation': 'الفريق العامل المعني بالتعاون الدولي',
    'Working Group of Government Experts on Technical Assistance': 'الفريق العامل الحكومي الدولي المعني بالمساعدة التقنية',
    'eighth meeting': 'الاجتماع الثامن',
    'tenth meeting': 'الاجتماع العاشر',
    'Organizational matters': 'المسائل التنظيمية',
    'Opening of the meeting': 'افتتاح الاجتماع',
    'Adoption of the agenda and organization of work': 'إقرار جدول الأعمال وتنظيم الأعمال',
    'Recent developments in obtaining electronic evidence': 'المستجدات في مجال الحصول على الأدلة الإلكترونية',
    'Other matters': 'مسائل أخرى',
    'Adoption of the report': 'اعتماد التقرير',
    'Development of the questionnaire for the review of the implementation of the United Nations Convention against Transnational Organized Crime, in accordance with Conference resolution 8/2':
      'وضع استبيان لاستعراض تنفيذ اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، وفقاً لقرار المؤتمر 8/2',
    'Draft questionnaire for the review of the implementation of the United Nations Convention against Transnational Organized Crime, prepared by the Secretariat pursuant to Conference resolution 8/2':
      'مشروع استبيان لاستعراض تنفيذ اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية، من إعداد الأمانة عملاً بقرار المؤتمر 8/2',
  },
  es: {
    'Provisional agenda and annotations': 'Programa provisional y anotaciones',
    Vienna: 'Viena',
    'Working Group on International Cooperation': 'Grupo de Trabajo sobre Cooperación Internacional',
    'Organizational matters': 'Cuestiones de organización',
    'Opening of the meeting': 'Apertura de la reunión',
    'Adoption of the agenda and organization of work': 'Aprobación del programa y organización de los trabajos',
    'Other matters': 'Otros asuntos',
    'Adoption of the report': 'Aprobación del informe',
  },
  fr: {
    'Provisional agenda and annotations': 'Ordre du jour provisoire et annotations',
    Vienna: 'Vienne',
    'Working Group on International Cooperation': 'Groupe de travail sur la coopération internationale',
    'Working Group of Government Experts on Technical Assistance': "Groupe de travail d'experts gouvernementaux sur l'assistance technique",
    'Organizational matters': "Questions d'organisation",
    'Opening of the meeting': 'Ouverture de la réunion',
    'Adoption of the agenda and organization of work': "Adoption de l'ordre du jour et organisation des travaux",
    'Other matters': 'Questions diverses',
    'Adoption of the report': 'Adoption du rapport',
  },
  ru: {
    'Provisional agenda and annotations': 'Предварительная повестка дня и аннотации',
    Vienna: 'Вена',
    'Working Group on International Cooperation': 'Рабочая группа по международному сотрудничеству',
    'Organizational matters': 'Организационные вопросы',
    'Opening of the meeting': 'Открытие совещания',
    'Adoption of the agenda and organization of work': 'Утверждение повестки дня и организация работы',
    'Other matters': 'Прочие вопросы',
    'Adoption of the report': 'Утверждение доклада',
  },
};

/** The whole 2017 document's session in all six languages, English the original. */
export function sixLanguageSession(): Session {
  return { ...withLanguages(documentFixtureSession(), DOC_LANGS, TRANSLATIONS), languages: [...DOC_LANGS], originalLanguage: 'en' };
}
