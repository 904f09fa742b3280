// Runs in the renderer. Document text (titles, names, day and time labels) in the chosen
// document language(s), each tagged with its language so the right font and voice are used,
// and each a bidi isolate (an element with `dir`), so a symbol such as CTOC/COP/WG.3/2017/1
// inside an Arabic title, or an Arabic title beside an English one, keeps its own order. The
// direction is the text's own (`auto`: its first strong letter): an Arabic text runs right to
// left, while a label that lacks Arabic and falls back to English (shared/model/languages.ts)
// still reads "10 a.m.–1 p.m." left to right inside a mirrored grid.
import type { DocLang } from '../../shared/i18n.ts';
import { textIn } from '../../shared/format/text.ts';
import type { LangText } from '../../shared/model/types.ts';
import { HTML_LANG } from '../i18n.ts';

export function DocText({ texts, langs, className }: { texts: Partial<Record<DocLang, string>>; langs: readonly DocLang[]; className?: string }) {
  return (
    <>
      {langs.map((lang, index) => (
        <span key={lang} lang={HTML_LANG[lang]} dir="auto" className={[className, index > 0 ? 'doc-second' : 'doc-first'].filter(Boolean).join(' ')}>
          {texts[lang] ?? ''}
        </span>
      ))}
    </>
  );
}

/** A session's text in each of `langs`, a missing one in the language it falls back to (shared/format/text.ts). */
export function textsIn(text: LangText | undefined, langs: readonly DocLang[]): Partial<Record<DocLang, string>> {
  return Object.fromEntries(langs.map((lang) => [lang, textIn(text, lang)]));
}
