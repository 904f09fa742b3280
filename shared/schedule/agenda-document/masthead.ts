// Runs everywhere (shared). The masthead of a UN document: the symbols, the organ that
// convenes the bodies, and the block "Distr.: General / 19 July 2017 / Chinese / Original:
// English".
import { label, type DocLang } from '../../i18n.ts';
import { dateLabel } from '../../format/dates.ts';
import { capitalized, textIn } from '../../format/text.ts';
import type { Session } from '../../model/types.ts';

/**
 * The language each language version writes its distribution block in. Arabic, Chinese and
 * Russian keep it in English; French and Spanish translate it.
 */
export const MASTHEAD_LANG: Record<DocLang, DocLang> = {
  // "Distr.: Limited / 9 August 2017 / Arabic / Original: English" (A/C.3/72/L.1 in Arabic; A/65/L.78
  // and CCPR/C/SR.2041 in Arabic alike).
  ar: 'en',
  en: 'en',
  // "Distr. general / 20 de septiembre de 2012 / Español / Original: inglés" (CTOC/COP/2012/14).
  es: 'es',
  // "Distr. générale / 26 mars 2021 / Français / Original : anglais" (IDB.49/1/Add.1, Vienna;
  // CAC/COSP/IRG/2015/1 in French has the same block, before the space before the colon).
  fr: 'fr',
  // "Distr.: General / 1 November 2018 / Russian / Original: English" (CTOC/COP/2018/13 in Russian;
  // CAC/COSP/IRG/2015/1 in Russian alike).
  ru: 'en',
  // "Distr.: General", "19 July 2017", "Chinese", "Original: English" (reference/seeds/000_…, the
  // Chinese 2017 document).
  zh: 'en',
};

/**
 * The distribution block of the `lang` version, line by line. A translation names its language
 * ("Français", "Chinese"); the original says only "Original: …". Language names are lower case in
 * French and Spanish ("Original : anglais"), so the language's own line is capitalized.
 */
export function mastheadLines(session: Session, lang: DocLang): string[] {
  const block = MASTHEAD_LANG[lang];
  const lines = [label(`doc:masthead.distribution.${session.distribution ?? 'general'}`, block)];
  if (session.issued) lines.push(dateLabel(session.issued, block));
  if (session.originalLanguage !== lang) lines.push(capitalized(label(`doc:language.${lang}`, block)));
  if (session.originalLanguage) {
    lines.push(label('doc:masthead.original', block, { language: label(`doc:language.${session.originalLanguage}`, block) }));
  }
  return lines;
}

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
  const lines = mastheadLines(session, lang);
  const convener = textIn(session.convener, lang);
  return {
    organization: label('doc:masthead.organization', lang),
    ...(convener ? { convener } : {}),
    symbols: session.bodies.flatMap((body) => (body.symbol ? [body.symbol] : [])),
    lines,
  };
}
