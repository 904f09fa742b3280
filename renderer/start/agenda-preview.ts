// Runs in the renderer. What the import dialog previews while the officer pastes: each box read
// in the language chosen for it (any of the six; shared/import), the boxes merged by number
// when more than one is filled, every warning with the language it is about, and a note when a
// box seems to hold another language (guessLang) — the commonest slip is pasting the English
// agenda into the Chinese box. A box holding several bodies' agendas (the whole "provisional
// agenda" section) is split (parseAgendas); the one taken is the one chosen, else the one
// headed by the body's name.
import { DOC_LANGS, type DocLang } from '../../shared/i18n.ts';
import { guessLang, inLanguage, mergeLanguages, parseAgenda, parseAgendas, type AgendaImport, type BilingualItem, type ImportWarning } from '../../shared/import/index.ts';
import type { LangText } from '../../shared/model/types.ts';

export interface AgendaPreview {
  items: BilingualItem[];
  warnings: ImportWarning[];
  /** The boxes' languages, in their order: the preview's title columns. */
  languages: DocLang[];
  /** Boxes whose text looks like another language. */
  mismatched: DocLang[];
  /** The language each mismatched box's text looks like. */
  guessed: Partial<Record<DocLang, DocLang>>;
  /** Boxes holding more than one agenda: the heading of each (empty when it has none), and the one taken. */
  agendas: Partial<Record<DocLang, { headings: string[]; taken: number }>>;
}

export interface PreviewChoices {
  /** The agenda chosen in a box that holds several. */
  chosen?: Partial<Record<DocLang, number>>;
  /** The body imported into: its name picks the agenda headed by it when none is chosen. */
  bodyName?: LangText;
}

const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.trim() !== '' && a.trim() === b.trim();

function readBox(text: string, lang: DocLang, choices: PreviewChoices): { agenda: AgendaImport; headings?: string[]; taken?: number } {
  const agendas = parseAgendas(text, lang);
  if (agendas.length <= 1) return { agenda: parseAgenda(text, lang) };
  const headings = agendas.map((agenda) => agenda.heading ?? '');
  const named = headings.findIndex((heading) => DOC_LANGS.some((l) => same(heading, choices.bodyName?.[l])));
  const chosen = choices.chosen?.[lang];
  const taken = chosen !== undefined && chosen < agendas.length ? chosen : Math.max(named, 0);
  return { agenda: agendas[taken]!, headings, taken };
}

/** The preview of the boxes' texts, by the language of each box, in the order of the boxes. */
export function previewAgenda(texts: Partial<Record<DocLang, string>>, choices: PreviewChoices = {}): AgendaPreview {
  const languages = Object.keys(texts) as DocLang[];
  const filled = languages.filter((lang) => texts[lang]!.trim() !== '');
  const read = Object.fromEntries(filled.map((lang) => [lang, readBox(texts[lang]!, lang, choices)])) as Partial<Record<DocLang, ReturnType<typeof readBox>>>;
  const warnings: ImportWarning[] = filled.flatMap((lang) => read[lang]!.agenda.warnings.map((warning) => ({ ...warning, lang })));
  const guessed: AgendaPreview['guessed'] = {};
  for (const lang of filled) {
    const guess = guessLang(texts[lang]!);
    if (guess !== lang) guessed[lang] = guess;
  }
  const mismatched = filled.filter((lang) => guessed[lang] !== undefined);
  const agendas: AgendaPreview['agendas'] = {};
  for (const lang of filled) {
    const { headings, taken } = read[lang]!;
    if (headings) agendas[lang] = { headings, taken: taken! };
  }
  if (filled.length > 1) {
    const merged = mergeLanguages(filled.map((lang) => ({ lang, items: read[lang]!.agenda.items })));
    return { items: merged.items, warnings: [...warnings, ...merged.warnings], languages, mismatched, guessed, agendas };
  }
  const only = filled[0];
  return { items: only ? inLanguage(read[only]!.agenda.items, only) : [], warnings, languages, mismatched, guessed, agendas };
}
