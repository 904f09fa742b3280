// Runs in the renderer. Form fields of the inspector. They edit a draft and apply it when
// the field is left or Enter is pressed — one undo step per change, not per keystroke — and
// pick up the new value when it changes underneath them (undo, another edit).
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n.ts';
import type { LangText } from '../../shared/model/types.ts';
import { HTML_LANG } from '../i18n.ts';

/** A local draft of `value` that follows `value` whenever it changes from outside. */
function useDraft<T>(value: T): [T, (next: T) => void] {
  const [draft, setDraft] = useState(value);
  const [base, setBase] = useState(value);
  if (!Object.is(base, value)) {
    setBase(value);
    setDraft(value);
  }
  return [draft, setDraft];
}

const commitOnEnter = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    event.currentTarget.blur();
    event.currentTarget.focus();
  }
};

interface TextFieldProps {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  type?: 'text' | 'date' | 'time' | 'number';
  hint?: string;
  list?: string;
  lang?: Lang;
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
  languages: readonly Lang[];
  /** Required fields (a title) are flagged when empty in every language too. */
  required?: boolean;
  multiline?: 'short' | 'long';
  hint?: string;
  onCommit: (value: LangText | undefined) => void;
}

const FIELD_LANGS: readonly Lang[] = ['zh', 'en'];

/** One text in Chinese and English side by side, a missing translation flagged in place. */
export function LangTextField({ label, value, languages, required, multiline = 'short', hint, onCommit }: LangTextFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const has = (lang: Lang) => Boolean(value?.[lang]?.trim());
  const anything = FIELD_LANGS.some(has);
  const commit = (lang: Lang, text: string) => {
    const next: LangText = { ...value };
    if (text.trim()) next[lang] = text;
    else delete next[lang];
    onCommit(Object.keys(next).length > 0 ? next : undefined);
  };
  return (
    <fieldset className="field lang-field">
      <legend>{label}</legend>
      {hint && <p className="hint">{hint}</p>}
      <div className="lang-pair">
        {FIELD_LANGS.map((lang) => {
          const missing = languages.includes(lang) && !has(lang) && (anything || Boolean(required));
          return (
            <LangInput
              key={lang}
              id={`${id}-${lang}`}
              lang={lang}
              value={value?.[lang] ?? ''}
              missing={missing}
              missingText={anything ? t('inspector.missingTranslation') : t('inspector.missingText')}
              multiline={multiline}
              onCommit={(text) => commit(lang, text)}
            />
          );
        })}
      </div>
    </fieldset>
  );
}

function LangInput(props: { id: string; lang: Lang; value: string; missing: boolean; missingText: string; multiline: 'short' | 'long'; onCommit: (text: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useDraft(props.value);
  const noteId = `${props.id}-missing`;
  return (
    <div className={`lang-input${props.missing ? ' is-missing' : ''}`}>
      <label htmlFor={props.id} className="lang-tag">
        {t(`language.short.${props.lang}`)}
      </label>
      <textarea
        id={props.id}
        lang={HTML_LANG[props.lang]}
        rows={props.multiline === 'long' ? 3 : 1}
        value={draft}
        aria-invalid={props.missing || undefined}
        aria-describedby={props.missing ? noteId : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => draft !== props.value && props.onCommit(draft)}
        onKeyDown={props.multiline === 'short' ? commitOnEnter : undefined}
      />
      {props.missing && (
        <p id={noteId} className="missing-note">
          {props.missingText}
        </p>
      )}
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
