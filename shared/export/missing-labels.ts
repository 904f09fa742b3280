// Runs everywhere (shared). The labels an export in one language would print in the other
// one: a title, name, annotation or document title with text only in the other language
// falls back to it (shared/format/text.ts textIn). The fallback keeps a document whole; this
// count is what the CLI and the editor's Export menu say, so the gap is never hidden.
import type { DocLang } from '../i18n.ts';
import type { PathSegment } from '../model/path.ts';
import type { LangText, Session } from '../model/types.ts';
import { sessionLabels } from '../termbase/session-labels.ts';
import { languagesOf, type DocumentLanguage } from './document-language.ts';

export interface MissingLabels {
  /** The document language the labels lack. */
  lang: DocLang;
  /** Where each label is in the session file: ['items', 3, 'annotation']. */
  paths: PathSegment[][];
}

const filled = (text: string | undefined) => Boolean(text?.trim());

/** Every bilingual text the documents print: the term-like labels, the convening organ and the annotations. */
function printedTexts(session: Session): { path: PathSegment[]; text: LangText }[] {
  const texts = sessionLabels(session).map(({ path, text }) => ({ path, text }));
  if (session.convener) texts.push({ path: ['convener'], text: session.convener });
  session.items.forEach((item, i) => {
    if (item.annotation) texts.push({ path: ['items', i, 'annotation'], text: item.annotation });
  });
  return texts;
}

/** For each language of `choice` that lacks some labels, which ones (languages with none are left out). */
export function missingLabels(session: Session, choice: DocumentLanguage): MissingLabels[] {
  const texts = printedTexts(session);
  return languagesOf(choice, session)
    .map((lang) => ({
      lang,
      paths: texts.filter(({ text }) => !filled(text[lang]) && Object.values(text).some((other) => filled(other))).map(({ path }) => path),
    }))
    .filter((gap) => gap.paths.length > 0);
}
