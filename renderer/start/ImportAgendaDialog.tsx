// Runs in the renderer. "Import agenda…": the officer picks the body (or a new one), pastes the
// agenda as the UN document has it into one or two boxes, each in the language chosen for it
// (any of the six UN languages; Chinese and English to begin with), and sees the items as they
// will be added (numbers, sub-items indented, the titles of each language, joint marks,
// warnings) before adding them as one edit (one undo step). Importing one language onto items
// the body has adds that language's titles by number. When two bodies then have joint items,
// pairing follows.
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DOC_LANGS, type DocLang, type Lang, type Message } from '../../shared/i18n.ts';
import { textIn } from '../../shared/format/text.ts';
import { addImportedItems, proposeJointPairs } from '../../shared/import/index.ts';
import type { Session } from '../../shared/model/types.ts';
import { addBody } from '../../shared/schedule/ops/agenda.ts';
import type { EditResult } from '../../shared/schedule/edit.ts';
import { Modal } from '../widgets/Modal.tsx';
import { DialogActions } from '../widgets/DialogActions.tsx';
import { HTML_LANG, useUiLang } from '../i18n.ts';
import { htmlLangOf } from '../terms/html-lang.ts';
import { useEditor, useSession } from '../state/context.tsx';
import { previewAgenda } from './agenda-preview.ts';
import { ImportPreview } from './ImportPreview.tsx';
import { startMessage } from './messages.ts';
import { bodyPairs } from './pairing.ts';

const NEW_BODY = '';

/** The body to import into first: the first one without items yet, else the first. */
function firstEmptyBody(session: Session): string {
  return (session.bodies.find((body) => !session.items.some((item) => item.body === body.id)) ?? session.bodies[0])?.id ?? NEW_BODY;
}

export function ImportAgendaDialog({ onClose, onPair }: { onClose: () => void; onPair: () => void }) {
  const { t } = useTranslation('start');
  const uiLang = useUiLang();
  const editor = useEditor();
  const session = useSession()!;
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [bodyId, setBodyId] = useState(() => firstEmptyBody(session));
  const [newName, setNewName] = useState<Record<Lang, string>>({ zh: '', en: '' });
  // Two boxes, each with its language; the two are never the same language.
  const [boxes, setBoxes] = useState<readonly [DocLang, DocLang]>(['zh', 'en']);
  const [texts, setTexts] = useState<Partial<Record<DocLang, string>>>({});
  const [chosen, setChosen] = useState<Partial<Record<DocLang, number>>>({});
  const [error, setError] = useState<Message | null>(null);
  const target = session.bodies.find((body) => body.id === bodyId);
  const bodyName = target?.name;
  const boxTexts = useMemo(() => Object.fromEntries(boxes.map((lang) => [lang, texts[lang] ?? ''])) as Partial<Record<DocLang, string>>, [boxes, texts]);
  const preview = useMemo(() => previewAgenda(boxTexts, { chosen, ...(bodyName ? { bodyName } : {}) }), [boxTexts, chosen, bodyName]);
  const updating = target ? preview.items.filter((item) => session.items.some((it) => it.body === target.id && it.number === item.number)).length : 0;

  useEffect(() => {
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('select')?.focus());
  }, []);

  const add = (event?: FormEvent) => {
    event?.preventDefault();
    if (preview.items.length === 0) return;
    let into = bodyId;
    const result = editor.apply((current): EditResult => {
      let start = current;
      if (into === NEW_BODY) {
        const first = current.days[0]?.date ?? '2000-01-01';
        const created = addBody(current, { name: { ...(newName.zh.trim() ? { zh: newName.zh.trim() } : {}), ...(newName.en.trim() ? { en: newName.en.trim() } : {}) }, from: first, to: current.days.at(-1)?.date ?? first });
        if (!created.ok) return created;
        start = created.session;
        into = created.created!;
      }
      return addImportedItems(start, into, preview.items);
    });
    if (!result) return;
    // Said in the message bar too, but that is behind this dialog.
    if (!result.ok) return setError(result.error);
    const after = result.session;
    const body = after.bodies.find((b) => b.id === into)!;
    editor.say(startMessage('import.added', { count: preview.items.length, body: body.name }));
    // Joint items on two bodies: their partners are proposed next.
    const proposals = bodyPairs(after).some(([a, b]) => proposeJointPairs(after, a, b).proposals.length > 0);
    if (proposals) onPair();
    else onClose();
  };

  /** Takes another agenda of a box; the body named by its heading, if any, becomes the target. */
  const chooseAgenda = (lang: DocLang, index: number) => {
    setChosen((current) => ({ ...current, [lang]: index }));
    const heading = preview.agendas[lang]?.headings[index]?.trim();
    const named = heading ? session.bodies.find((body) => DOC_LANGS.some((l) => body.name[l]?.trim() === heading)) : undefined;
    if (named) setBodyId(named.id);
  };

  /** Another language for box `slot`; taking the other box's language swaps the two. */
  const chooseLanguage = (slot: 0 | 1, lang: DocLang) =>
    setBoxes((current) => {
      const other = current[1 - slot]!;
      const swapped = lang === other ? current[slot]! : other;
      return slot === 0 ? [lang, swapped] : [swapped, lang];
    });

  const languageName = (lang: DocLang) => t(`import.language.${lang}`);
  const mismatch = (lang: DocLang) => {
    const guessed = preview.guessed[lang]!;
    if (lang === 'zh') return t('import.mismatch.zh');
    if (lang === 'en' && guessed === 'zh') return t('import.mismatch.en');
    return t('import.mismatch.other', { guessed: languageName(guessed), language: languageName(lang) });
  };

  const box = (lang: DocLang, slot: 0 | 1) => (
    <div className="field import-box" key={slot}>
      <div className="import-box-language">
        <label htmlFor={`${id}-box${slot}-lang`}>{t('import.boxLanguage', { n: slot + 1 })}</label>
        <select id={`${id}-box${slot}-lang`} value={lang} onChange={(event) => chooseLanguage(slot, event.target.value as DocLang)}>
          {DOC_LANGS.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={`${id}-${lang}`}>{t('import.textIn', { language: languageName(lang) })}</label>
      <textarea
        id={`${id}-${lang}`}
        lang={htmlLangOf(lang)}
        dir={lang === 'ar' ? 'rtl' : undefined}
        rows={8}
        spellCheck={false}
        value={texts[lang] ?? ''}
        onChange={(event) => {
          setTexts((current) => ({ ...current, [lang]: event.target.value }));
          // New text, new agendas: the body's own is taken again unless one is chosen.
          setChosen(({ [lang]: _dropped, ...others }) => others);
        }}
        aria-describedby={preview.mismatched.includes(lang) ? `${id}-${lang}-mismatch` : undefined}
      />
      {preview.agendas[lang] && (
        <div className="import-agenda-choice">
          <label htmlFor={`${id}-${lang}-agenda`}>{t('import.several', { count: preview.agendas[lang].headings.length })}</label>
          <select id={`${id}-${lang}-agenda`} value={preview.agendas[lang].taken} onChange={(event) => chooseAgenda(lang, Number(event.target.value))}>
            {preview.agendas[lang].headings.map((heading, index) => (
              <option key={index} value={index} lang={htmlLangOf(lang)}>
                {heading || t('import.agendaN', { n: index + 1 })}
              </option>
            ))}
          </select>
        </div>
      )}
      {preview.mismatched.includes(lang) && (
        <p id={`${id}-${lang}-mismatch`} className="hint warn">
          {mismatch(lang)}
        </p>
      )}
    </div>
  );

  return (
    <Modal
      title={t('import.title')}
      onCancel={onClose}
      wide
      actions={
        <DialogActions
          primary={{ label: t('import.add', { count: preview.items.length }), disabled: preview.items.length === 0, onClick: () => add() }}
          cancel={{ label: t('action.cancel'), onClick: onClose }}
        />
      }
    >
      <form ref={formRef} className="start-form" onSubmit={add}>
        <div className="field">
          <label htmlFor={`${id}-body`}>{t('import.body')}</label>
          <select id={`${id}-body`} value={bodyId} onChange={(event) => setBodyId(event.target.value)}>
            {session.bodies.map((body) => (
              <option key={body.id} value={body.id}>
                {textIn(body.name, uiLang)}
                {body.symbol ? ` (${body.symbol})` : ''}
              </option>
            ))}
            <option value={NEW_BODY}>{t('import.newBody')}</option>
          </select>
        </div>
        {bodyId === NEW_BODY && (
          <div className="field-pair">
            {(['zh', 'en'] as const).map((lang) => (
              <div className="field" key={lang}>
                <label htmlFor={`${id}-name-${lang}`}>{t(`import.newName.${lang}`)}</label>
                <input id={`${id}-name-${lang}`} type="text" lang={HTML_LANG[lang]} value={newName[lang]} onChange={(event) => setNewName((current) => ({ ...current, [lang]: event.target.value }))} />
              </div>
            ))}
          </div>
        )}
        <p className="hint">{t('import.hint')}</p>
        <div className="field-pair">
          {box(boxes[0], 0)}
          {box(boxes[1], 1)}
        </div>
        <ImportPreview preview={preview} />
        {updating > 0 && <p className="hint">{t('import.updating', { count: updating })}</p>}
        {error && (
          <p className="start-error" role="alert">
            {error[uiLang]}
          </p>
        )}
      </form>
    </Modal>
  );
}
