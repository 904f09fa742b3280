// Runs in the renderer. What the import dialog previews while the officer pastes: each box read
// in its language (shared/import), both merged into bilingual items when both are filled, every
// warning with the language it is about, and a note when a box seems to hold the other language
// (guessLang) — the commonest slip is pasting the English agenda into the Chinese box. A box
// holding several bodies' agendas (the whole "provisional agenda" section) is split
// (parseAgendas); the one taken is the one chosen, else the one headed by the body's name.
import type { Lang } from '../../shared/i18n.ts';
import { guessLang, inLanguage, mergeBilingual, parseAgenda, parseAgendas, type AgendaImport, type BilingualItem, type ImportWarning } from '../../shared/import/index.ts';
import type { LangText } from '../../shared/model/types.ts';

export interface AgendaPreview {
  items: BilingualItem[];
  warnings: ImportWarning[];
  /** Boxes whose text looks like the other language. */
  mismatched: Lang[];
  /** Boxes holding more than one agenda: the heading of each (empty when it has none), and the one taken. */
  agendas: Partial<Record<Lang, { headings: string[]; taken: number }>>;
}

export interface PreviewChoices {
  /** The agenda chosen in a box that holds several. */
  chosen?: Partial<Record<Lang, number>>;
  /** The body imported into: its name picks the agenda headed by it when none is chosen. */
  bodyName?: LangText;
}

const LANGS = ['zh', 'en'] as const;
const same = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && a.trim() !== '' && a.trim() === b.trim();

function readBox(text: string, lang: Lang, choices: PreviewChoices): { agenda: AgendaImport; headings?: string[]; taken?: number } {
  const agendas = parseAgendas(text, lang);
  if (agendas.length <= 1) return { agenda: parseAgenda(text, lang) };
  const headings = agendas.map((agenda) => agenda.heading ?? '');
  const named = headings.findIndex((heading) => LANGS.some((l) => same(heading, choices.bodyName?.[l])));
  const chosen = choices.chosen?.[lang];
  const taken = chosen !== undefined && chosen < agendas.length ? chosen : Math.max(named, 0);
  return { agenda: agendas[taken]!, headings, taken };
}

export function previewAgenda(texts: Record<Lang, string>, choices: PreviewChoices = {}): AgendaPreview {
  const filled = LANGS.filter((lang) => texts[lang].trim() !== '');
  const read = Object.fromEntries(filled.map((lang) => [lang, readBox(texts[lang], lang, choices)])) as Partial<Record<Lang, ReturnType<typeof readBox>>>;
  const warnings: ImportWarning[] = filled.flatMap((lang) => read[lang]!.agenda.warnings.map((warning) => ({ ...warning, lang })));
  const mismatched = filled.filter((lang) => guessLang(texts[lang]) !== lang);
  const agendas: AgendaPreview['agendas'] = {};
  for (const lang of filled) {
    const { headings, taken } = read[lang]!;
    if (headings) agendas[lang] = { headings, taken: taken! };
  }
  if (read.zh && read.en) {
    const merged = mergeBilingual(read.zh.agenda.items, read.en.agenda.items);
    return { items: merged.items, warnings: [...warnings, ...merged.warnings], mismatched, agendas };
  }
  const only = filled[0];
  return { items: only ? inLanguage(read[only]!.agenda.items, only) : [], warnings, mismatched, agendas };
}
