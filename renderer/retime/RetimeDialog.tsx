// Runs in the renderer. Retime meetings (Edit ▸ Retime Meetings…, the session's and a day's
// inspector): new times for the meetings of the whole session or of chosen days, from a slot
// template — in person, hybrid, or times typed here. It says how many meetings change before
// anything does, and applies them as one edit (shared/schedule retimeDays): one Undo.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayLabel, timesLabel } from '../../shared/format/labels.ts';
import { retimeDays, retimedCount, SLOT_TEMPLATES, type SlotTimes } from '../../shared/schedule/index.ts';
import { DialogActions } from '../widgets/DialogActions.tsx';
import { Modal } from '../widgets/Modal.tsx';
import { useUiLang } from '../i18n.ts';
import { useEditor, useSession } from '../state/context.tsx';
import { uiMessage } from '../state/messages.ts';

type Choice = 'in-person' | 'hybrid' | 'custom';
const CHOICES: readonly Choice[] = ['in-person', 'hybrid', 'custom'];
const CHOICE_LABEL = { 'in-person': 'inPerson', hybrid: 'hybrid', custom: 'custom' } as const;

export function RetimeDialog({ initialDates, onClose }: { initialDates: readonly string[] | null; onClose: () => void }) {
  const { t } = useTranslation('retime');
  const editor = useEditor();
  const session = useSession()!;
  const uiLang = useUiLang();
  const id = useId();
  const dates = session.days.map((day) => day.date);
  const [choice, setChoice] = useState<Choice>(session.meetingFormat === 'hybrid' ? 'hybrid' : 'in-person');
  const [custom, setCustom] = useState<SlotTimes[]>(() => (session.days.find((d) => d.slots.length > 0)?.slots ?? SLOT_TEMPLATES['in-person']).map(({ start, end }) => ({ start, end })));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(initialDates ?? dates));
  const template = choice === 'custom' ? custom : SLOT_TEMPLATES[choice];
  const args = useMemo(() => ({ template, dates: dates.filter((date) => chosen.has(date)) }), [template, chosen, dates.join()]);
  const preview = useMemo(() => (args.dates.length === 0 ? null : retimedCount(session, args)), [session, args]);

  const summary = !preview ? t('noDays') : !preview.ok ? preview.error[uiLang] : preview.count === 0 ? t('nothing') : t('count', { count: preview.count });
  const canApply = preview?.ok === true && preview.count > 0;
  const apply = () => {
    if (!preview?.ok || preview.count === 0) return;
    const result = editor.apply((s) => retimeDays(s, args));
    if (result?.ok) editor.announce(uiMessage('retime:done', { count: preview.count }));
    onClose();
  };
  const toggle = (date: string) => setChosen((current) => {
    const next = new Set(current);
    if (next.has(date)) next.delete(date);
    else next.add(date);
    return next;
  });
  const setTime = (index: number, field: keyof SlotTimes, value: string) => setCustom((times) => times.map((time, i) => (i === index ? { ...time, [field]: value } : time)));
  const allChosen = chosen.size === dates.length;

  return (
    <Modal
      title={t('title')}
      onCancel={onClose}
      wide
      actions={<DialogActions primary={{ label: t('apply'), onClick: apply, disabled: !canApply }} cancel={{ label: t('cancel'), onClick: onClose }} />}
    >
      <form
        className="retime"
        onSubmit={(event) => {
          event.preventDefault();
          apply();
        }}
      >
        <fieldset>
          <legend>{t('template')}</legend>
          {CHOICES.map((value) => (
            <label key={value} className="retime-choice">
              <input type="radio" name={`${id}-template`} checked={choice === value} onChange={() => setChoice(value)} />{' '}
              {value === 'custom' ? t('custom') : t(CHOICE_LABEL[value], { times: timesLabel(SLOT_TEMPLATES[value], uiLang) })}
            </label>
          ))}
          {choice === 'custom' && (
            <ol className="retime-times">
              {custom.map((time, index) => (
                <li key={index}>
                  <input type="time" aria-label={t('start', { n: index + 1 })} value={time.start} required onChange={(e) => setTime(index, 'start', e.target.value)} />
                  {' – '}
                  <input type="time" aria-label={t('end', { n: index + 1 })} value={time.end} required onChange={(e) => setTime(index, 'end', e.target.value)} />
                  {custom.length > 1 && (
                    <button type="button" className="link-button" onClick={() => setCustom((times) => times.filter((_, i) => i !== index))}>
                      {t('removeTime', { n: index + 1 })}
                    </button>
                  )}
                </li>
              ))}
              <li>
                <button type="button" className="link-button" onClick={() => setCustom((times) => [...times, { start: times.at(-1)?.end ?? '10:00', end: '' }])}>
                  {t('addTime')}
                </button>
              </li>
            </ol>
          )}
        </fieldset>
        <fieldset>
          <legend>{t('days')}</legend>
          <label className="retime-day">
            <input type="checkbox" checked={allChosen} onChange={() => setChosen(allChosen ? new Set() : new Set(dates))} /> {t('allDays')}
          </label>
          <ul className="retime-days">
            {session.days.map((day) => (
              <li key={day.date}>
                <label className="retime-day">
                  <input type="checkbox" checked={chosen.has(day.date)} onChange={() => toggle(day.date)} /> {dayLabel(day.date, uiLang)}{' '}
                  <span className="muted small">{timesLabel(day.slots, uiLang)}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <p className={preview?.ok === false ? 'field-error' : 'muted'} role="status" aria-live="polite" data-testid="retime-summary">
          {summary}
        </p>
      </form>
    </Modal>
  );
}
