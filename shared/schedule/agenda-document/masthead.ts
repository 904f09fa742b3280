// Runs everywhere (shared). The masthead of a UN document: the symbols, the organ that
// convenes the bodies, and the block "Distr.: General / 19 July 2017 / Chinese / Original:
// English".
import { label, type DocLang } from '../../i18n.ts';
import { dateLabel } from '../../format/dates.ts';
import { textIn } from '../../format/text.ts';
import type { Session } from '../../model/types.ts';

/**
 * The distribution block stays in English in every language version: the Chinese 2017
 * document (reference/seeds/000_…) prints "Distr.: General", "19 July 2017", "Chinese",
 * "Original: English". Set this to the document language to translate it instead.
 */
const MASTHEAD_LANG: DocLang = 'en';

export interface Masthead {
  /** "United Nations" / "联合国", in the document language. */
  organization: string;
  /** One per body that has a symbol, in body order. */
  symbols: string[];
  /** "Conference of the Parties to …" / "…缔约方会议", in the document language; absent when the session names none. */
  convener?: string;
  /** The distribution block, line by line. */
  lines: string[];
}

export function masthead(session: Session, lang: DocLang): Masthead {
  const lines = [label(`doc:masthead.distribution.${session.distribution ?? 'general'}`, MASTHEAD_LANG)];
  if (session.issued) lines.push(dateLabel(session.issued, MASTHEAD_LANG));
  // A translation names its language; the original says only "Original: …".
  if (session.originalLanguage !== lang) lines.push(label(`doc:language.${lang}`, MASTHEAD_LANG));
  if (session.originalLanguage) {
    lines.push(label('doc:masthead.original', MASTHEAD_LANG, { language: label(`doc:language.${session.originalLanguage}`, MASTHEAD_LANG) }));
  }
  const convener = textIn(session.convener, lang);
  return {
    organization: label('doc:masthead.organization', lang),
    ...(convener ? { convener } : {}),
    symbols: session.bodies.flatMap((body) => (body.symbol ? [body.symbol] : [])),
    lines,
  };
}
