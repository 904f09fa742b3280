// Runs everywhere (shared). What importing an agenda from text produces: items as the agenda
// numbers and titles them, and warnings about lines the officer should look at in the preview
// before the items are added to a body.
import type { DocLang, Message } from '../i18n.ts';
import type { LangText } from '../model/types.ts';

/** One agenda item read from text in one language. */
export interface ImportedItem {
  /** "1", "1(a)", "1(a)(ii)": the session file's item numbers. */
  number: string;
  /** Without the list punctuation, joint marker and footnote marks. */
  title: string;
  /**
   * A joint key when the text marks the item as joint. Provisional: it comes from this
   * agenda alone; pairing with the other body's items (joint-pairing.ts) gives partners one key.
   */
  joint?: string;
  /** The bodies a joint marker names ("…工作组和…工作组的联合项目"), as written. */
  jointWith?: string;
}

/** One agenda item with its titles in every language imported so far. */
export interface BilingualItem {
  number: string;
  title: LangText;
  joint?: string;
  jointWith?: LangText;
}

export const IMPORT_WARNING_CODES = [
  /** A line after the first item that is neither an item nor part of one. */
  'ignoredLine',
  /** The number was already used; the later item is left out. */
  'duplicateNumber',
  /** The numbers skip ("3" after "1"). */
  'numberGap',
  /** "(a)" before any numbered item. */
  'subItemWithoutItem',
  /** A footnote mark whose footnote is not in the text: taken to mark a joint item. */
  'footnoteAssumedJoint',
  /** A number with no title. */
  'emptyTitle',
  /** More warnings about lines than are said one by one (see MAX_LINE_WARNINGS): their count. */
  'moreWarnings',
  /** Nothing in the text looks like an agenda item. */
  'noItems',
  /** Merging two languages: a number found in one language only. */
  'onlyInOneLanguage',
  /** Merging two languages: marked joint in one language only. */
  'jointInOneLanguage',
] as const;
export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

export interface ImportWarning {
  code: ImportWarningCode;
  /** 1-based line of the pasted text; absent for warnings about the whole text or a merge. */
  line?: number;
  /** The language of the text the warning is about, when merging versions. */
  lang?: DocLang;
  message: Message;
}

export interface AgendaImport {
  items: ImportedItem[];
  warnings: ImportWarning[];
}
