// Runs in the renderer. "New session…": one dialog in which the officer either lists the
// bodies (from the library, with their next meeting proposed in both languages, or new ones),
// their dates (next week by default, by the host's clock), the skeleton agenda and the slot
// template; or picks a past session to carry to a new week. Finishing replaces the open
// document as New does (unsaved changes are asked about first); the new session is untitled.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryBody, NewSessionDefaults, PastSessionEntry } from '../../shared/api.ts';
import type { Message } from '../../shared/i18n.ts';
import { dateRangeLabel } from '../../shared/format/dates.ts';
import { textIn } from '../../shared/format/text.ts';
import type { MeetingFormat, Session } from '../../shared/model/types.ts';
import { Refusal } from '../../shared/schedule/edit.ts';
import { sessionFromPast } from '../../shared/schedule/session-from-past.ts';
import { buildNewSession, symbolInYear } from '../../shared/schedule/wizard-session.ts';
import { Modal } from '../widgets/Modal.tsx';
import { DialogActions } from '../widgets/DialogActions.tsx';
import { HTML_LANG, useUiLang } from '../i18n.ts';
import { useEditor } from '../state/context.tsx';
import { confirmDiscard } from '../state/file-commands.ts';
import { BodyFields, type BodyDraft } from './BodyFields.tsx';
import { DatesShown } from './DatesShown.tsx';
import { startMessage } from './messages.ts';

type Mode = 'new' | 'past';

interface Library {
  defaults: NewSessionDefaults;
  bodies: LibraryBody[];
  past: PastSessionEntry[];
}

let drafts = 0;
const draftKey = () => `body-${++drafts}`;

/** The dates a body added now proposes: the first body's (back-to-back bodies meet the same week), else the defaults. */
function datesFor(list: readonly BodyDraft[], defaults: NewSessionDefaults): Pick<BodyDraft, 'from' | 'to'> {
  const first = list[0];
  return first ? { from: first.from, to: first.to } : { from: defaults.from, to: defaults.to };
}

function fromLibrary(body: LibraryBody, defaults: NewSessionDefaults, dates: Pick<BodyDraft, 'from' | 'to'>): BodyDraft {
  const meeting = body.nextMeeting ?? {};
  return {
    key: draftKey(),
    library: body.key,
    nameZh: body.name.zh ?? '',
    nameEn: body.name.en ?? '',
    meetingZh: meeting.zh ?? '',
    meetingEn: meeting.en ?? '',
    symbol: body.symbol ? symbolInYear(body.symbol, dates.from.slice(0, 4) || defaults.from.slice(0, 4)) : '',
    ...dates,
  };
}

const emptyBody = (dates: Pick<BodyDraft, 'from' | 'to'>): BodyDraft => ({
  key: draftKey(),
  nameZh: '',
  nameEn: '',
  meetingZh: '',
  meetingEn: '',
  symbol: '',
  ...dates,
});

export function NewSessionWizard({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('start');
  const uiLang = useUiLang();
  const editor = useEditor();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [library, setLibrary] = useState<Library | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('new');
  const [bodies, setBodies] = useState<BodyDraft[]>([]);
  const [pick, setPick] = useState('');
  const [skeleton, setSkeleton] = useState(true);
  const [format, setFormat] = useState<MeetingFormat>('in-person');
  const [venue, setVenue] = useState({ zh: '', en: '', timeZone: '' });
  const [pastRevision, setPastRevision] = useState('');
  const [pastFrom, setPastFrom] = useState('');
  const [error, setError] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([editor.host.newSessionDefaults(), editor.host.libraryBodies(), editor.host.pastSessions()])
      .then(([defaults, libraryBodies, past]) => {
        if (!live) return;
        setLibrary({ defaults, bodies: libraryBodies, past });
        setPick(libraryBodies[0]?.key ?? '');
        setPastRevision(past[0]?.revision ?? '');
        setPastFrom(defaults.from);
      })
      .catch((reason: unknown) => live && setLoadError(reason instanceof Error ? reason.message : String(reason)));
    return () => {
      live = false;
    };
  }, [editor]);

  // The first choice takes the focus once the dialog has its content (Modal focuses its button first).
  useEffect(() => {
    if (library) requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('input, select')?.focus());
  }, [library]);

  const addFromLibrary = () => {
    const body = library?.bodies.find((b) => b.key === pick);
    if (library && body) setBodies((list) => [...list, fromLibrary(body, library.defaults, datesFor(list, library.defaults))]);
    // The venue of the body's last meeting, unless one is typed already.
    if (body && venue.zh === '' && venue.en === '' && venue.timeZone === '') {
      setVenue({ zh: body.venue?.zh ?? '', en: body.venue?.en ?? '', timeZone: body.timeZone ?? '' });
    }
  };
  const addNew = () => {
    if (library) setBodies((list) => [...list, emptyBody(datesFor(list, library.defaults))]);
  };
  const update = (key: string, next: BodyDraft) => setBodies((list) => list.map((b) => (b.key === key ? next : b)));
  const remove = (key: string) => setBodies((list) => list.filter((b) => b.key !== key));

  const build = async (): Promise<Session | Message> => {
    if (!library) return startMessage('wizard.loading');
    if (mode === 'new') {
      const result = buildNewSession({
        id: library.defaults.id,
        skeleton,
        format,
        venue: { zh: venue.zh, en: venue.en },
        timeZone: venue.timeZone,
        bodies: bodies.map((b) => ({
          name: { zh: b.nameZh, en: b.nameEn },
          meeting: { zh: b.meetingZh, en: b.meetingEn },
          symbol: b.symbol,
          from: b.from,
          to: b.to,
        })),
      });
      return result.ok ? result.session : result.error;
    }
    const past = pastRevision ? await editor.host.pastSession(pastRevision) : null;
    if (!past) return startMessage('wizard.pastMissing');
    try {
      return sessionFromPast(past, { from: pastFrom, id: library.defaults.id });
    } catch (refusal) {
      if (refusal instanceof Refusal) return refusal.reason;
      throw refusal;
    }
  };

  const finish = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const built = await build();
      if (!('format' in built)) return setError(built);
      setError(null);
      // Asked with the wizard still open: "Cancel" there comes back here with nothing lost.
      if (!(await confirmDiscard(editor))) return;
      editor.load({ path: null, name: '', session: built, stamp: null, notices: [] });
      editor.say(startMessage('wizard.created', { count: built.bodies.length, days: built.days.length }));
      onClose();
    } catch (reason) {
      setError({ en: String(reason), zh: String(reason) });
    } finally {
      setBusy(false);
    }
  };

  const canFinish = library !== null && (mode === 'new' ? bodies.length > 0 : pastRevision !== '');
  const pastEntry = library?.past.find((entry) => entry.revision === pastRevision);

  return (
    <Modal
      title={t('wizard.title')}
      onCancel={onClose}
      wide
      actions={
        <DialogActions primary={{ label: t('wizard.create'), disabled: !canFinish, onClick: () => void finish() }} cancel={{ label: t('action.cancel'), onClick: onClose }} />
      }
    >
      {!library ? (
        <p className="muted" role="status">
          {loadError ? t('wizard.loadFailed', { detail: loadError }) : t('wizard.loading')}
        </p>
      ) : (
        <form ref={formRef} className="start-form" onSubmit={(event) => void finish(event)} aria-describedby={error ? `${id}-error` : undefined}>
          <fieldset className="field start-mode">
            <legend>{t('wizard.startFrom')}</legend>
            <label className="radio">
              <input type="radio" name={`${id}-mode`} checked={mode === 'new'} onChange={() => setMode('new')} /> {t('wizard.modeNew')}
            </label>
            <label className="radio">
              <input type="radio" name={`${id}-mode`} checked={mode === 'past'} onChange={() => setMode('past')} disabled={library.past.length === 0} />{' '}
              {t('wizard.modePast')}
              {library.past.length === 0 && <span className="muted small"> — {t('wizard.noPast')}</span>}
            </label>
          </fieldset>

          {mode === 'new' ? (
            <>
              <section className="start-section" aria-labelledby={`${id}-bodies`}>
                <h3 id={`${id}-bodies`}>{t('wizard.bodies')}</h3>
                {bodies.length === 0 && <p className="hint">{t('wizard.noBodies')}</p>}
                <ol className="wizard-bodies">
                  {bodies.map((body, index) => (
                    <li key={body.key}>
                      <BodyFields body={body} index={index + 1} onChange={(next) => update(body.key, next)} onRemove={() => remove(body.key)} />
                    </li>
                  ))}
                </ol>
                <div className="wizard-add">
                  {library.bodies.length > 0 && (
                    <div className="field wizard-library">
                      <label htmlFor={`${id}-library`}>{t('wizard.libraryBody')}</label>
                      <div className="inline-controls">
                        <select id={`${id}-library`} value={pick} onChange={(event) => setPick(event.target.value)}>
                          {library.bodies.map((body) => (
                            <option key={body.key} value={body.key}>
                              {libraryBodyLabel(body, uiLang, t)}
                            </option>
                          ))}
                        </select>
                        <button type="button" className="button" onClick={addFromLibrary}>
                          {t('wizard.addFromLibrary')}
                        </button>
                      </div>
                    </div>
                  )}
                  <button type="button" className="button" onClick={addNew}>
                    {t('wizard.addNew')}
                  </button>
                </div>
              </section>
              <section className="start-section" aria-labelledby={`${id}-venue`}>
                <h3 id={`${id}-venue`}>{t('wizard.venue')}</h3>
                <div className="field-pair">
                  <div className="field">
                    <label htmlFor={`${id}-venue-zh`}>{t('wizard.venueZh')}</label>
                    <input id={`${id}-venue-zh`} type="text" lang={HTML_LANG.zh} value={venue.zh} onChange={(event) => setVenue({ ...venue, zh: event.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${id}-venue-en`}>{t('wizard.venueEn')}</label>
                    <input id={`${id}-venue-en`} type="text" lang={HTML_LANG.en} value={venue.en} onChange={(event) => setVenue({ ...venue, en: event.target.value })} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${id}-time-zone`}>{t('wizard.timeZone')}</label>
                    <input
                      id={`${id}-time-zone`}
                      type="text"
                      value={venue.timeZone}
                      placeholder="Europe/Vienna"
                      aria-describedby={`${id}-time-zone-hint`}
                      onChange={(event) => setVenue({ ...venue, timeZone: event.target.value })}
                    />
                    <p id={`${id}-time-zone-hint`} className="hint">
                      {t('wizard.timeZoneHint')}
                    </p>
                  </div>
                </div>
              </section>
              <section className="start-section" aria-labelledby={`${id}-options`}>
                <h3 id={`${id}-options`}>{t('wizard.agendaAndMeetings')}</h3>
                <div className="field check-field">
                  <input id={`${id}-skeleton`} type="checkbox" checked={skeleton} onChange={(event) => setSkeleton(event.target.checked)} aria-describedby={`${id}-skeleton-hint`} />
                  <label htmlFor={`${id}-skeleton`}>{t('wizard.skeleton')}</label>
                  <p id={`${id}-skeleton-hint`} className="hint">
                    {t('wizard.skeletonHint')}
                  </p>
                </div>
                <fieldset className="field">
                  <legend>{t('wizard.slots')}</legend>
                  <label className="radio">
                    <input type="radio" name={`${id}-format`} checked={format === 'in-person'} onChange={() => setFormat('in-person')} /> {t('wizard.inPerson')}
                  </label>
                  <label className="radio">
                    <input type="radio" name={`${id}-format`} checked={format === 'hybrid'} onChange={() => setFormat('hybrid')} /> {t('wizard.hybrid')}
                  </label>
                </fieldset>
              </section>
            </>
          ) : (
            <section className="start-section" aria-labelledby={`${id}-past`}>
              <h3 id={`${id}-past`}>{t('wizard.pastSession')}</h3>
              <div className="field">
                <label htmlFor={`${id}-past-select`}>{t('wizard.pastChoose')}</label>
                <select id={`${id}-past-select`} value={pastRevision} onChange={(event) => setPastRevision(event.target.value)}>
                  {library.past.map((entry) => (
                    <option key={entry.revision} value={entry.revision}>
                      {pastLabel(entry, uiLang)}
                    </option>
                  ))}
                </select>
              </div>
              {pastEntry && (
                <ul className="hint wizard-past-bodies">
                  {pastEntry.bodies.map((body, index) => (
                    <li key={index}>
                      {textIn(body.name, uiLang)}
                      {body.symbol ? ` (${body.symbol})` : ''}
                    </li>
                  ))}
                </ul>
              )}
              <div className="field">
                <label htmlFor={`${id}-past-from`}>{t('wizard.pastFrom')}</label>
                <input id={`${id}-past-from`} type="date" value={pastFrom} onChange={(event) => setPastFrom(event.target.value)} aria-describedby={`${id}-past-date ${id}-past-hint`} />
                <DatesShown id={`${id}-past-date`} from={pastFrom} />
                <p id={`${id}-past-hint`} className="hint">
                  {t('wizard.pastHint')}
                </p>
              </div>
            </section>
          )}
          {error && (
            <p id={`${id}-error`} className="start-error" role="alert">
              {error[uiLang]}
            </p>
          )}
          {/* Enter in a field finishes, as in any form. */}
          <button type="submit" hidden tabIndex={-1} />
        </form>
      )}
    </Modal>
  );
}

function libraryBodyLabel(body: LibraryBody, lang: 'en' | 'zh', t: (key: string, params?: Record<string, string>) => string): string {
  const name = textIn(body.name, lang);
  const next = body.nextMeeting ? textIn(body.nextMeeting, lang) : '';
  const series = body.symbolPrefix ?? '';
  return [name, series && `(${series})`, next && `— ${t('wizard.next', { meeting: next })}`].filter(Boolean).join(' ');
}

function pastLabel(entry: PastSessionEntry, lang: 'en' | 'zh'): string {
  const bodies = entry.bodies.map((body) => body.symbol ?? textIn(body.name, lang)).join(', ');
  const dates = entry.from ? dateRangeLabel(entry.from, entry.to, lang) : '';
  return [textIn(entry.title, lang), dates, bodies].filter(Boolean).join(' · ');
}
