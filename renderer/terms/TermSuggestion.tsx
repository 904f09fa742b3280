// Runs in the renderer. The term base's offer under an empty language field of a bilingual
// label: "Term base: 会议开幕 — Use (Alt+↓)". It sits in a polite live region that is always
// there, so screen readers announce an offer when it appears without focus moving to it; the
// Use button is in the tab order, and Alt+↓ in either field of the pair takes the first offer.
import { useTranslation } from 'react-i18next';
import type { DocLang } from '../../shared/i18n.ts';
import type { TermSuggestion } from '../../shared/termbase/types.ts';
import { HTML_LANG } from '../i18n.ts';

/** The key that takes the first offer, as aria-keyshortcuts names it. */
export const ACCEPT_SHORTCUT = 'Alt+ArrowDown';

export const isAcceptKey = (event: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }) =>
  event.key === 'ArrowDown' && event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;

interface TermSuggestionSlotProps {
  id: string;
  /** The language the offers are in: the empty field's. */
  lang: DocLang;
  /** The field's name, for the buttons' accessible names ("Title"). */
  field: string;
  suggestions: readonly TermSuggestion[];
  onAccept: (text: string) => void;
  /** Where the offer comes from, when not the term base ("Proposed:" for a meeting's ordinal). */
  source?: string;
}

export function TermSuggestionSlot({ id, lang, field, suggestions, onAccept, source }: TermSuggestionSlotProps) {
  const { t } = useTranslation('terms');
  const [first, ...others] = suggestions;
  const langName = t(`lang.${lang}`);
  return (
    <div id={id} className={`term-suggestion${first ? ' has-offer' : ''}`} aria-live="polite">
      {first && (
        <>
          <span className="term-suggestion-label">{source ?? t('suggestion.label')}</span>{' '}
          <q className="term-suggestion-text" lang={HTML_LANG[lang]}>
            {first.text}
          </q>{' '}
          <button
            type="button"
            className="term-use"
            aria-keyshortcuts={ACCEPT_SHORTCUT}
            aria-label={t('suggestion.useLabel', { text: first.text, field, lang: langName })}
            onClick={() => onAccept(first.text)}
          >
            {t('suggestion.use')} <kbd aria-hidden="true">{t('suggestion.keys')}</kbd>
          </button>
          {others.length > 0 && (
            <span className="term-suggestion-more">
              {t('suggestion.more')}{' '}
              {others.map((other) => (
                <button
                  key={other.text}
                  type="button"
                  className="link-button"
                  lang={HTML_LANG[lang]}
                  aria-label={t('suggestion.useLabel', { text: other.text, field, lang: langName })}
                  onClick={() => onAccept(other.text)}
                >
                  {other.text}
                </button>
              ))}
            </span>
          )}
        </>
      )}
    </div>
  );
}
