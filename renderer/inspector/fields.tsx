// Runs in the renderer. Form fields of the inspector. They edit a draft and apply it when
// the field is left or Enter is pressed — one undo step per change, not per keystroke — and
// pick up the new value when it changes underneath them (undo, another edit). Texts in the
// session's languages show two side by side and fold the others; Chinese and English labels
// offer the term base's translation of what is typed (renderer/terms).
import { createContext, useContext, useEffect, useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isLang, type DocLang, type Lang } from '../../shared/i18n.ts';
import { fallbackOrder } from '../../shared/model/languages.ts';
import type { LangText } from '../../shared/model/types.ts';
import type { TermSuggestion } from '../../shared/termbase/types.ts';
import { HTML_LANG } from '../i18n.ts';
import { applyTypedText } from '../state/commands.ts';
import { dirOf, inspectorLangs } from '../state/doc-langs.ts';
import { markTypedText } from '../state/typed-text.ts';
import { ACCEPT_SHORTCUT, isAcceptKey, TermSuggestionSlot } from '../terms/TermSuggestion.tsx';
import { useTermSuggestions } from '../terms/useTermSuggestions.ts';

/** Keeps `field` marked as holding typed text while `typed` holds, and unmarks it when the field goes away. */
function useTypedTextMark(field: string, typed: boolean): void {
  useEffect(() => markTypedText(field, typed), [field, typed]);
  useEffect(() => () => markTypedText(field, false), [field]);
}

/**
 * A local draft of `value` that follows `value` whenever it changes from outside. While the
 * draft differs, the field counts as unsaved work (state/typed-text.ts).
 */
function useDraft<T>(value: T): [T, (next: T) => void] {
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  if (!Object.is(base, value)) {
    setBase(value);
    setDraft(value);
  }
  useTypedTextMark(useId(), !Object.is(draft, value) && JSON.stringify(draft) !== JSON.stringify(value));
  return [draft, setDraft];
}

const commitOnEnter = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    applyTypedText(event.currentTarget);
  }
};

interface TextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  type?: 'text' | 'date' | 'time' | 'number';
  hint?: string;
  list?: string;
  lang?: DocLang;
}

export function TextField({ label, value, onCommit, type = 'text', hint, list, lang }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useDraft(value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={draft}
        list={list}
        lang={lang ? HTML_LANG[lang] : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft !== value && onCommit(draft)}
        onKeyDown={commitOnEnter}
      />
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

interface LangTextFieldProps {
  label: string;
  value: LangText | undefined;
  /** The session's document languages: a text missing in one of them is a translation gap. */
  languages: readonly DocLang[];
  /** Required fields (a title) are flagged when empty in every language too. */
  required?: boolean;
  multiline?: 'short' | 'long';
  hint?: string;
  /** The term base offers the other language of a term (a title, a name); not of paragraphs. Default: short fields. */
  terms?: boolean;
  /** What to offer when the term base knows nothing: a body's meeting named by its ordinal ("ninth meeting" → "第九次会议"). */
  translate?: (text: string, from: Lang, to: Lang) => string | null;
  onCommit: (value: LangText | undefined) => void;
}


/**
 * The two languages the inspector shows side by side (chosen above it, Inspector.tsx); absent:
 * the session's first two. A form outside the inspector (the wizard) shows its first two.
 */
export const InspectorLangsContext = createContext<readonly DocLang[] | undefined>(undefined);

/** `text` with `lang` set to `value`, or removed when `value` is blank. */
function withLang(text: LangText | undefined, lang: DocLang, value: string): LangText {
  const next: LangText = { ...text };
  if (value.trim()) next[lang] = value;
  else delete next[lang];
  return next;
}

/**
 * One text in the session's languages: two side by side (the pair chosen for the inspector),
 * the others folded behind a disclosure that says how many of them are missing; a missing
 * translation is flagged in place. While one language has text and a field in view is empty,
 * the term base's translation is offered under the empty one (renderer/terms); taking it is an
 * edit of its own, so Undo takes it back.
 */
export function LangTextField({ label, value, languages, required, multiline = 'short', hint, terms = multiline === 'short', translate, onCommit }: LangTextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const { shown, folded } = inspectorLangs(useContext(InspectorLangsContext), { languages: [...languages] });
  const [unfolded, setUnfolded] = useState(false);
  // Every language's text as typed, so the offer follows the typing before it is committed.
  const [draft, setDraft] = useDraft(value);
  const typed = (lang: DocLang) => draft?.[lang] ?? '';
  const has = (lang: DocLang) => Boolean(value?.[lang]?.trim());
  const anything = Object.values(value ?? {}).some((text) => Boolean(text?.trim()));
  const isMissing = (lang: DocLang) => languages.includes(lang) && !has(lang) && (anything || Boolean(required));
  const commit = (lang: DocLang, text: string) => {
    const next = withLang(value, lang, text);
    onCommit(Object.keys(next).length > 0 ? next : undefined);
  };
  // The offer goes under the first empty field in view while another language has text, from
  // that field's language in the fallback order (English first): the term base holds six.
  const hasTyped = (lang: DocLang) => Boolean(typed(lang).trim());
  const inView = unfolded ? [...shown, ...folded] : shown;
  const offerTo = terms ? (inView.find((lang) => !hasTyped(lang) && languages.some((other) => other !== lang && hasTyped(other))) ?? null) : null;
  const offerFrom = offerTo ? (fallbackOrder(offerTo).find((lang) => lang !== offerTo && hasTyped(lang)) ?? null) : null;
  const found = useTermSuggestions(offerFrom ? typed(offerFrom) : '', offerFrom, offerTo ?? undefined);
  // Ordinals ("ninth meeting" → "第九次会议") are known in Chinese and English only.
  const translated = offerTo && offerFrom && isLang(offerTo) && isLang(offerFrom) && translate && found.length === 0 ? translate(typed(offerFrom).trim(), offerFrom, offerTo) : null;
  const suggestions: readonly TermSuggestion[] = translated ? [{ text: translated, match: 'exact', source: 'glossary' }] : found;
  const offerId = (lang: DocLang) => `${id}-${lang}-offer`;
  /** Takes an offer: the typed text first (its own step, as leaving the field would), then the translation. */
  const accept = (text: string, focusFilled: boolean) => {
    if (!offerTo || !offerFrom) return;
    const source = typed(offerFrom);
    if (source !== (value?.[offerFrom] ?? '')) commit(offerFrom, source);
    onCommit(withLang(withLang(value, offerFrom, source), offerTo, text));
    if (focusFilled) document.getElementById(`${id}-${offerTo}`)?.focus();
  };
  const input = (lang: DocLang) => {
    const offered = offerTo === lang && suggestions.length > 0;
    return (
      <LangInput
        key={lang}
        id={`${id}-${lang}`}
        lang={lang}
        value={value?.[lang] ?? ''}
        draft={typed(lang)}
        onDraft={(text) => setDraft({ ...draft, [lang]: text })}
        missing={isMissing(lang)}
        missingText={anything ? t('inspector.missingTranslation') : t('inspector.missingText')}
        multiline={multiline}
        onCommit={(text) => commit(lang, text)}
        offerId={offered ? offerId(lang) : undefined}
        canAccept={suggestions.length > 0}
        onAcceptKey={() => suggestions[0] && accept(suggestions[0].text, false)}
      >
        {terms && languages.includes(lang) && (
          <TermSuggestionSlot id={offerId(lang)} lang={lang} field={label} suggestions={offerTo === lang ? suggestions : []} onAccept={(text) => accept(text, true)} />
        )}
      </LangInput>
    );
  };
  const foldedMissing = folded.filter(isMissing);
  return (
    <fieldset className="field lang-field">
      <legend>{label}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="lang-pair">{shown.map(input)}</div>
      {folded.length > 0 && (
        <>
          <button
            type="button"
            className={`link-button lang-more${foldedMissing.length > 0 ? ' has-missing' : ''}`}
            aria-expanded={unfolded}
            aria-controls={`${id}-more`}
            onClick={() => setUnfolded(!unfolded)}
          >
            <span aria-hidden="true">{unfolded ? '▾' : '▸'}</span> {t('inspector.moreLanguages', { count: folded.length })}
            {foldedMissing.length > 0 && (
              <span className="lang-more-missing">
                {' '}
                {t('inspector.foldedMissing', { count: foldedMissing.length, languages: foldedMissing.map((lang) => t(`language.name.${lang}`)).join(t('inspector.listSeparator')) })}
              </span>
            )}
          </button>
          <div id={`${id}-more`} className="lang-more-fields" hidden={!unfolded}>
            {unfolded && folded.map(input)}
          </div>
        </>
      )}
    </fieldset>
  );
}

interface LangInputProps {
  id: string;
  lang: DocLang;
  /** The committed text, and the text as typed. */
  value: string;
  draft: string;
  onDraft: (text: string) => void;
  missing: boolean;
  missingText: string;
  multiline: 'short' | 'long';
  onCommit: (text: string) => void;
  /** The term base's offer for this (empty) field, when there is one. */
  offerId?: string;
  /** Alt+↓ takes the pair's offer, from either field. */
  canAccept: boolean;
  onAcceptKey: () => void;
  children?: ReactNode;
}

function LangInput(props: LangInputProps) {
  const { t } = useTranslation();
  const noteId = `${props.id}-missing`;
  const describedBy = [props.missing ? noteId : null, props.offerId ?? null].filter(Boolean).join(' ');
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (props.canAccept && isAcceptKey(event)) {
      event.preventDefault();
      props.onAcceptKey();
      return;
    }
    if (props.multiline === 'short') commitOnEnter(event);
  };
  return (
    <div className={`lang-input${props.missing ? ' is-missing' : ''}`} data-lang={props.lang}>
      <label htmlFor={props.id} className="lang-tag" title={t(`language.name.${props.lang}`)}>
        {t(`language.short.${props.lang}`)}
      </label>
      <textarea
        id={props.id}
        lang={HTML_LANG[props.lang]}
        // Arabic is typed right to left; every other document language left to right.
        dir={dirOf(props.lang)}
        rows={props.multiline === 'long' ? 3 : 1}
        value={props.draft}
        aria-invalid={props.missing || undefined}
        aria-describedby={describedBy || undefined}
        aria-keyshortcuts={props.canAccept ? ACCEPT_SHORTCUT : undefined}
        onChange={(e) => props.onDraft(e.target.value)}
        onBlur={() => props.draft !== props.value && props.onCommit(props.draft)}
        onKeyDown={onKeyDown}
      />
      {props.missing && (
        <p id={noteId} className="missing-note">
          {props.missingText}
        </p>
      )}
      {props.children}
    </div>
  );
}

export function CheckField({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="field check-field">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
    </div>
  );
}

export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="inspector-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
