// Runs in the renderer. One body of the new-session wizard: its name and meeting in Chinese and
// English side by side, its document symbol and its dates. Every field is labelled with the
// body's number too, so a screen reader user knows which body a field belongs to. A meeting
// typed in one language while the other is empty is offered, visibly, in the other ("第九次会议"
// → "ninth meeting"), as the term base's translations are: Alt+↓ or "Use" takes it; nothing is
// filled in behind the officer's back.
import { useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../shared/i18n.ts';
import { translateMeeting } from '../../shared/schedule/wizard.ts';
import { HTML_LANG } from '../i18n.ts';
import { ACCEPT_SHORTCUT, isAcceptKey, TermSuggestionSlot } from '../terms/TermSuggestion.tsx';
import { DatesShown } from './DatesShown.tsx';

export interface BodyDraft {
  /** React key, stable while the body is in the list. */
  key: string;
  /** The library body it was taken from, if any. */
  library?: string;
  nameZh: string;
  nameEn: string;
  meetingZh: string;
  meetingEn: string;
  symbol: string;
  from: string;
  to: string;
}

type TextField = 'nameZh' | 'nameEn' | 'meetingZh' | 'meetingEn' | 'symbol' | 'from' | 'to';

const MEETING_FIELD: Record<Lang, 'meetingZh' | 'meetingEn'> = { zh: 'meetingZh', en: 'meetingEn' };

/** The meeting offered for the empty language while the other names one by its ordinal. */
export function meetingOffer(body: Pick<BodyDraft, 'meetingZh' | 'meetingEn'>): { lang: Lang; text: string } | null {
  for (const [to, from] of [['en', 'zh'], ['zh', 'en']] as const) {
    const source = body[MEETING_FIELD[from]].trim();
    if (body[MEETING_FIELD[to]].trim() || !source) continue;
    const text = translateMeeting(source, from, to);
    if (text) return { lang: to, text };
  }
  return null;
}

export function BodyFields({ body, index, onChange, onRemove }: { body: BodyDraft; index: number; onChange: (next: BodyDraft) => void; onRemove: () => void }) {
  const { t } = useTranslation('start');
  const id = useId();
  const set = (field: TextField, value: string) => onChange({ ...body, [field]: value });
  const offer = meetingOffer(body);
  const offerId = (name: TextField) => `${id}-${name}-offer`;
  const offered = (name: TextField) => offer !== null && MEETING_FIELD[offer.lang] === name;
  const datesId = `${id}-dates`;
  /** Takes the offered meeting; from the Use button the focus goes to the field it filled. */
  const accept = (focusFilled: boolean) => {
    if (!offer) return;
    set(MEETING_FIELD[offer.lang], offer.text);
    if (focusFilled) document.getElementById(`${id}-${MEETING_FIELD[offer.lang]}`)?.focus();
  };
  const meetingKeys = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!offer || !isAcceptKey(event)) return;
    event.preventDefault();
    accept(false);
  };
  const field = (name: TextField, label: string, options: { lang?: Lang; type?: string; required?: boolean } = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>
        {label}
        <span className="visually-hidden"> ({t('wizard.bodyN', { n: index })})</span>
      </label>
      <input
        id={`${id}-${name}`}
        type={options.type ?? 'text'}
        lang={options.lang ? HTML_LANG[options.lang] : undefined}
        value={body[name]}
        required={options.required}
        onChange={(event) => set(name, event.target.value)}
        {...(name === 'meetingZh' || name === 'meetingEn'
          ? { onKeyDown: meetingKeys, 'aria-keyshortcuts': offer ? ACCEPT_SHORTCUT : undefined, 'aria-describedby': offered(name) ? offerId(name) : undefined }
          : {})}
        {...(name === 'from' || name === 'to' ? { 'aria-describedby': datesId } : {})}
      />
      {options.lang && (name === 'meetingZh' || name === 'meetingEn') && (
        <TermSuggestionSlot id={offerId(name)} lang={options.lang} field={`${t('wizard.meetingField')} (${t('wizard.bodyN', { n: index })})`} source={t('wizard.meetingProposed')} suggestions={offer && offered(name) ? [{ text: offer.text, match: 'exact', source: 'glossary' }] : []} onAccept={() => accept(true)} />
      )}
    </div>
  );
  return (
    <fieldset className="wizard-body">
      <legend>
        {t('wizard.bodyN', { n: index })}
        {body.library && <span className="muted small"> · {t('wizard.fromLibrary')}</span>}
      </legend>
      <div className="field-pair">
        {field('nameZh', t('wizard.nameZh'), { lang: 'zh' })}
        {field('nameEn', t('wizard.nameEn'), { lang: 'en' })}
        {field('meetingZh', t('wizard.meetingZh'), { lang: 'zh' })}
        {field('meetingEn', t('wizard.meetingEn'), { lang: 'en' })}
      </div>
      <div className="wizard-body-row">
        {field('symbol', t('wizard.symbol'))}
        {field('from', t('wizard.from'), { type: 'date', required: true })}
        {field('to', t('wizard.to'), { type: 'date', required: true })}
        <DatesShown id={datesId} from={body.from} to={body.to} />
        <button type="button" className="button danger wizard-remove" onClick={onRemove}>
          {t('wizard.remove')}
          <span className="visually-hidden"> ({t('wizard.bodyN', { n: index })})</span>
        </button>
      </div>
    </fieldset>
  );
}
