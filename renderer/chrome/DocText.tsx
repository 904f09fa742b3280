// Runs in the renderer. Document text (titles, names, day and time labels) in the chosen
// document language(s), each tagged with its language so the right font and voice are used.
import type { Lang } from '../../shared/i18n.ts';
import { HTML_LANG } from '../i18n.ts';

export function DocText({ texts, langs, className }: { texts: Partial<Record<Lang, string>>; langs: readonly Lang[]; className?: string }) {
  return (
    <>
      {langs.map((lang, index) => (
        <span key={lang} lang={HTML_LANG[lang]} className={[className, index > 0 ? 'doc-second' : 'doc-first'].filter(Boolean).join(' ')}>
          {texts[lang] ?? ''}
        </span>
      ))}
    </>
  );
}
