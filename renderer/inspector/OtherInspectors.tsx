// Runs in the renderer. Inspectors of a body, a day, a slot and the session itself.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocLang } from '../../shared/i18n.ts';
import type { Body, Session } from '../../shared/model/types.ts';
import { annexOptions, displayTimeZonesOf, MEETING_FORMATS, parallelLimitOf, type MeetingFormat } from '../../shared/model/types.ts';
import {
  addDay,
  addSlot,
  editBody,
  editSession,
  moveDay,
  removeBody,
  removeDay,
  removeSlot,
  retimeSlot,
  swapDays,
  swapSlots,
  type SlotRef,
} from '../../shared/schedule/index.ts';
import { translateMeeting } from '../../shared/schedule/wizard.ts';
import { slotName } from '../state/place-names.ts';
import { allSlots } from '../state/grid-layout.ts';
import { COMMON_TIME_ZONES, zoneCity } from '../grid/zones.ts';
import { switchMeetingFormat } from '../editing/meeting-format.ts';
import { useUiLang } from '../i18n.ts';
import { dayAfter } from '../../shared/model/calendar.ts';
import { useEditor } from '../state/context.tsx';
import { requestFeature } from '../state/feature-requests.ts';
import { annexOf } from '../state/derived.ts';
import { SessionConventionsFields } from './ConventionsFields.tsx';
import { CheckField, LangTextField, Section, TextField } from './fields.tsx';
import { SessionLanguagesFields } from './LanguagesFields.tsx';
import { MastheadFields } from './MastheadFields.tsx';

export function BodyInspector({ body, languages }: { body: Body; languages: readonly DocLang[] }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const patch = (fields: Partial<Omit<Body, 'id'>>) => editor.apply((s) => editBody(s, body.id, fields));
  return (
    <>
      <LangTextField label={t('body.name')} value={body.name} languages={languages} required onCommit={(name) => patch({ name: name ?? {} })} />
      <LangTextField
        label={t('body.meeting')}
        value={body.meeting}
        languages={languages}
        hint={t('body.meetingHint')}
        translate={translateMeeting}
        onCommit={(meeting) => patch({ meeting })}
      />
      <TextField label={t('body.symbol')} value={body.symbol ?? ''} onCommit={(symbol) => patch({ symbol: symbol.trim() || undefined })} />
      <div className="field-pair">
        <TextField label={t('body.from')} type="date" value={body.from} onCommit={(from) => patch({ from })} />
        <TextField label={t('body.to')} type="date" value={body.to} onCommit={(to) => patch({ to })} />
      </div>
      <p className="hint">{t('body.datesHint')}</p>
      <div className="danger-zone">
        <button type="button" className="button danger" onClick={() => editor.apply((s) => removeBody(s, body.id))?.ok && editor.selection.set({ kind: 'session' })}>
          {t('body.remove')}
        </button>
      </div>
    </>
  );
}

/** A picker of another slot or day and a button that swaps with it. */
function SwapWith({ label, options, onSwap }: { label: string; options: { value: string; text: string }[]; onSwap: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState('');
  return (
    <div className="field inline-field">
      <label htmlFor={id}>{label}</label>
      <div className="inline-controls">
        <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t('action.choose')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.text}
            </option>
          ))}
        </select>
        <button type="button" className="button" disabled={!choice} onClick={() => onSwap(choice)}>
          {t('action.swap')}
        </button>
      </div>
    </div>
  );
}

/** Two times and an Add button, for a new slot. */
function AddSlot({ date }: { date: string }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const [start, setStart] = useState('15:00');
  const [end, setEnd] = useState('18:00');
  return (
    <Section title={t('day.addSlot')}>
      <div className="field-pair">
        <TextField label={t('slot.start')} type="time" value={start} onCommit={setStart} />
        <TextField label={t('slot.end')} type="time" value={end} onCommit={setEnd} />
      </div>
      <button type="button" className="button" onClick={() => editor.apply((s) => addSlot(s, { date, start, end }))}>
        {t('day.addSlotButton')}
      </button>
    </Section>
  );
}

export function DayInspector({ session, date }: { session: Session; date: string }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const uiLang = useUiLang();
  const annex = annexOf(session, uiLang);
  const others = annex.days.filter((d) => d.date !== date).map((d) => ({ value: d.date, text: d.label }));
  return (
    <>
      <TextField
        label={t('day.date')}
        type="date"
        value={date}
        hint={t('day.dateHint')}
        onCommit={(to) => editor.apply((s) => moveDay(s, { date, to }))?.ok && editor.selection.set({ kind: 'day', date: to })}
      />
      <SwapWith label={t('day.swapWith')} options={others} onSwap={(b) => editor.apply((s) => swapDays(s, { a: date, b }))} />
      <AddSlot date={date} />
      <button type="button" className="button" onClick={() => requestFeature(editor, 'retime')}>
        {t('retime:openDay')}
      </button>
      <div className="danger-zone">
        <button type="button" className="button danger" onClick={() => editor.apply((s) => removeDay(s, { date }))?.ok && editor.selection.set({ kind: 'session' })}>
          {t('day.remove')}
        </button>
      </div>
    </>
  );
}

export function SlotInspector({ session, at }: { session: Session; at: SlotRef }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const uiLang = useUiLang();
  const slot = session.days.find((d) => d.date === at.date)?.slots[at.slot];
  if (!slot) return null;
  const retime = (times: { start?: string; end?: string }) => {
    const result = editor.apply((s) => retimeSlot(s, { ...at, start: times.start ?? slot.start, end: times.end ?? slot.end }));
    // Slots stay in time order, so the retimed slot may have moved within its day.
    if (result?.ok) {
      const index = result.session.days.find((d) => d.date === at.date)?.slots.findIndex((s) => s.start === (times.start ?? slot.start) && s.end === (times.end ?? slot.end));
      if (index !== undefined && index >= 0) editor.selection.set({ kind: 'slot', at: { ...at, slot: index } });
    }
  };
  const others = allSlots(session)
    .filter((s) => s.date !== at.date || s.slot !== at.slot)
    .map((s) => ({ value: `${s.date}|${s.slot}`, text: slotName(session, s, uiLang) }));
  return (
    <>
      <p className="inspector-context">{slotName(session, at, uiLang)}</p>
      <div className="field-pair">
        <TextField label={t('slot.start')} type="time" value={slot.start} onCommit={(start) => retime({ start })} />
        <TextField label={t('slot.end')} type="time" value={slot.end} onCommit={(end) => retime({ end })} />
      </div>
      <p className="hint">{t('slot.rows', { count: slot.rows.length })}</p>
      <SwapWith
        label={t('slot.swapWith')}
        options={others}
        onSwap={(value) => {
          const [date, index] = value.split('|');
          editor.apply((s) => swapSlots(s, { a: at, b: { date: date!, slot: Number(index) } }));
        }}
      />
      <div className="danger-zone">
        <button type="button" className="button danger" onClick={() => editor.apply((s) => removeSlot(s, at))?.ok && editor.selection.set({ kind: 'day', date: at.date })}>
          {t('slot.remove')}
        </button>
      </div>
    </>
  );
}

const TIME_ZONES: readonly string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
})();

export function SessionInspector({ session, languages }: { session: Session; languages: readonly DocLang[] }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const options = annexOptions(session);
  const zonesId = useId();
  const lastDay = session.days.at(-1)?.date;
  const [newDate, setNewDate] = useState('');
  const suggested = newDate || (lastDay ? dayAfter(lastDay) : '');
  return (
    <>
      <LangTextField label={t('session.title')} value={session.title} languages={languages} required onCommit={(title) => editor.apply((s) => editSession(s, { title: title ?? {} }))} />
      <LangTextField label={t('session.venue')} value={session.venue} languages={languages} onCommit={(venue) => editor.apply((s) => editSession(s, { venue }))} />
      <TextField
        label={t('session.timeZone')}
        value={session.timeZone ?? ''}
        list={zonesId}
        hint={t('session.timeZoneHint')}
        onCommit={(timeZone) => editor.apply((s) => editSession(s, { timeZone: timeZone.trim() || undefined }))}
      />
      <datalist id={zonesId}>
        {TIME_ZONES.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <SessionLanguagesFields session={session} />
      <MastheadFields session={session} languages={languages} />
      <MeetingFormatFields session={session} />
      <Section title={t('session.annex')}>
        <CheckField label={t('session.showYear')} checked={options.showYear} onChange={(showYear) => editor.apply((s) => editSession(s, { annex: { ...options, showYear } }))} />
        <CheckField label={t('session.markJoint')} checked={options.markJoint} onChange={(markJoint) => editor.apply((s) => editSession(s, { annex: { ...options, markJoint } }))} />
      </Section>
      <SessionConventionsFields session={session} />
      <Section title={t('session.addDay')}>
        <TextField label={t('day.date')} type="date" value={suggested} onCommit={setNewDate} />
        <button type="button" className="button" disabled={!suggested} onClick={() => editor.apply((s) => addDay(s, { date: suggested }))?.ok && setNewDate('')}>
          {t('session.addDayButton')}
        </button>
      </Section>
    </>
  );
}

/** Meeting format, interpretation teams, and the zones a hybrid session's times are shown in. */
function MeetingFormatFields({ session }: { session: Session }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const formatId = useId();
  const addId = useId();
  const format = session.meetingFormat ?? 'in-person';
  const zones = displayTimeZonesOf(session);
  const offered = COMMON_TIME_ZONES.filter((zone) => !zones.includes(zone));
  const [toAdd, setToAdd] = useState('');
  const adding = offered.includes(toAdd) ? toAdd : (offered[0] ?? '');
  const setZones = (next: string[]) => editor.apply((s) => editSession(s, { displayTimeZones: next }));
  const formatLabel = (value: MeetingFormat) => t(value === 'hybrid' ? 'session.hybrid' : 'session.inPerson');
  return (
    <Section title={t('session.formatSection')}>
      <div className="field">
        <label htmlFor={formatId}>{t('session.meetingFormat')}</label>
        <select
          id={formatId}
          value={format}
          aria-describedby={`${formatId}-hint`}
          onChange={(e) => void switchMeetingFormat(editor, e.target.value as MeetingFormat)}
        >
          {MEETING_FORMATS.map((value) => (
            <option key={value} value={value}>
              {formatLabel(value)}
            </option>
          ))}
        </select>
        <p id={`${formatId}-hint`} className="hint">
          {t('session.hybridHint')}
        </p>
      </div>
      <button type="button" className="button" onClick={() => requestFeature(editor, 'retime')}>
        {t('retime:open')}
      </button>
      <TextField
        label={t('session.parallelLimit')}
        type="number"
        value={String(parallelLimitOf(session))}
        hint={t('session.parallelLimitHint')}
        onCommit={(text) => editor.apply((s) => editSession(s, { parallelLimit: text.trim() === '' ? undefined : Number(text) }))}
      />
      {format === 'hybrid' && (
        <div className="field" role="group" aria-labelledby={`${addId}-zones`}>
          <span id={`${addId}-zones`} className="field-label">
            {t('session.displayTimeZones')}
          </span>
          {zones.length === 0 ? (
            <p className="hint">{t('session.noZones')}</p>
          ) : (
            <ul className="zone-list">
              {zones.map((zone) => (
                <li key={zone} data-zone={zone}>
                  <span title={zone}>
                    {zoneCity(zone, t)} <span className="hint-inline">{zone}</span>
                  </span>
                  <button type="button" className="link-button" aria-label={t('session.removeZone', { zone: zoneCity(zone, t) })} onClick={() => setZones(zones.filter((z) => z !== zone))}>
                    ✕
                  </button>
                </li>
              ))}
            </ul>
          )}
          {session.displayTimeZones === undefined ? (
            <p className="hint">{t('session.displayTimeZonesDefault')}</p>
          ) : (
            <button type="button" className="link-button" onClick={() => editor.apply((s) => editSession(s, { displayTimeZones: undefined }))}>
              {t('session.resetZones')}
            </button>
          )}
          <div className="zone-add">
            <label htmlFor={addId} className="visually-hidden">
              {t('session.addZone')}
            </label>
            <select id={addId} value={adding} disabled={offered.length === 0} onChange={(e) => setToAdd(e.target.value)}>
              {offered.map((zone) => (
                <option key={zone} value={zone}>
                  {zoneCity(zone, t)} ({zone})
                </option>
              ))}
            </select>
            <button type="button" className="button" disabled={!adding} onClick={() => adding && setZones([...zones, adding])}>
              {t('session.addZoneButton')}
            </button>
          </div>
        </div>
      )}
    </Section>
  );
}
