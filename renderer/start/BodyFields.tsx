// Runs in the renderer. One body of the new-session wizard: its name and meeting in Chinese and
// English side by side, its document symbol and its dates. Every field is labelled with the
// body's number too, so a screen reader user knows which body a field belongs to.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { translateMeeting } from '../../shared/schedule/wizard.ts';
import { HTML_LANG } from '../i18n.ts';

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
  /** The meeting field filled in from the other language, until the officer types in it. */
  autoMeeting?: 'zh' | 'en';
}

type TextField = 'nameZh' | 'nameEn' | 'meetingZh' | 'meetingEn' | 'symbol' | 'from' | 'to';

export function BodyFields({ body, index, onChange, onRemove }: { body: BodyDraft; index: number; onChange: (next: BodyDraft) => void; onRemove: () => void }) {
  const { t } = useTranslation('start');
  const id = useId();
  const set = (field: TextField, value: string) => {
    const next: BodyDraft = { ...body, [field]: value };
    // A meeting typed in one language names the other ("第九次会议" → "ninth meeting") while
    // that one is empty or was filled this way; typing in it keeps what is typed.
    const meeting = field === 'meetingZh' ? (['zh', 'en'] as const) : field === 'meetingEn' ? (['en', 'zh'] as const) : null;
    if (meeting) {
      const [from, to] = meeting;
      const other = to === 'zh' ? 'meetingZh' : 'meetingEn';
      if (body.autoMeeting === from) delete next.autoMeeting;
      if (body[other] === '' || body.autoMeeting === to) {
        next[other] = translateMeeting(value, from, to) ?? '';
        next.autoMeeting = to;
      }
    }
    onChange(next);
  };
  const field = (name: TextField, label: string, options: { lang?: 'zh' | 'en'; type?: string; required?: boolean } = {}) => (
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
      />
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
        <button type="button" className="button danger wizard-remove" onClick={onRemove}>
          {t('wizard.remove')}
          <span className="visually-hidden"> ({t('wizard.bodyN', { n: index })})</span>
        </button>
      </div>
    </fieldset>
  );
}
