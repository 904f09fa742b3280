// Runs in the renderer. The toolbar of DESIGN §7: file commands, the Export menu, undo and
// redo, and the two independent language switches — the interface's and the document's.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentLang } from '../../shared/api.ts';
import { isDocLang, type DocLang, type Lang } from '../../shared/i18n.ts';
import { HTML_LANG, useUiLang } from '../i18n.ts';
import { runCommand, setDensity, setDocLang, setUiLang } from '../state/commands.ts';
import { useDocLang, useEditor, useSession } from '../state/context.tsx';
import { docLangChoices } from '../state/doc-langs.ts';
import { canRedo, canUndo } from '../state/history.ts';
import { stepMessage } from '../state/messages.ts';
import { redoName, shortName, undoName, type StepName } from '../state/step-names.ts';
import { useStore } from '../state/store.ts';
import { CompareTools } from '../compare/CompareTools.tsx';
import { ShareTools } from '../share/ShareTools.tsx';
import { StartTools } from '../start/StartTools.tsx';
import { TermsTools } from '../terms/TermsTools.tsx';
import { ExportMenu } from './ExportMenu.tsx';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? 'Meta' : 'Control';

export function Toolbar() {
  const { t } = useTranslation();
  const editor = useEditor();
  const uiLang = useUiLang();
  return (
    <header className="toolbar">
      <span className="app-name">{t('appName')}</span>
      <div className="tool-group" role="group" aria-label={t('toolbar.file')}>
        {toolButton(t('toolbar.new'), () => runCommand(editor, 'new'), `${mod}+N`)}
        {toolButton(t('toolbar.open'), () => runCommand(editor, 'open'), `${mod}+O`)}
        {toolButton(t('toolbar.save'), () => runCommand(editor, 'save'), `${mod}+S`)}
        {toolButton(t('toolbar.saveAs'), () => runCommand(editor, 'save-as'), `${mod}+Shift+S`)}
      </div>
      <ExportMenu />
      <StartTools />
      <TermsTools />
      <ShareTools />
      <CompareTools />
      <HistoryTools />
      <Switch<Lang>
        label={t('toolbar.interface')}
        value={uiLang}
        options={[
          ['en', 'EN', 'en', null],
          ['zh', '中文', 'zh', null],
        ]}
        onChange={(lang) => setUiLang(editor, lang)}
      />
      <DocLangSwitch />
      <span className="toolbar-spacer" />
      <DensityToggle />
      {toolButton(t('toolbar.keys'), () => runCommand(editor, 'keys'), 'F1')}
    </header>
  );
}

const toolButton = (label: string, onClick: () => void, keys?: string, disabled = false, title?: string) => (
  <button type="button" className="tool" onClick={onClick} aria-keyshortcuts={keys} disabled={disabled} title={title || undefined}>
    {label}
  </button>
);

/**
 * Undo and redo: apart, so that an edit which changes what can be undone redraws only them.
 * Their tooltips say what they would undo ("Undo: Moved item 5 of …"), worked out when the
 * pointer or the focus comes to them, not on every edit.
 */
function HistoryTools() {
  const { t } = useTranslation();
  const editor = useEditor();
  const uiLang = useUiLang();
  const undoable = useStore(editor.doc, (s) => (s ? canUndo(s.history) : false));
  const redoable = useStore(editor.doc, (s) => (s ? canRedo(s.history) : false));
  const [names, setNames] = useState({ undo: '', redo: '' });
  const nameSteps = () => {
    const history = editor.doc.get()?.history;
    if (!history) return;
    const named = (key: string, name: StepName | null) => (name ? t(key, { what: shortName(stepMessage(name)[uiLang]) }) : '');
    setNames({ undo: named('history.undoNamed', undoName(history)), redo: named('history.redoNamed', redoName(history)) });
  };
  return (
    <div className="tool-group" role="group" aria-label={t('toolbar.history')} onPointerOver={nameSteps} onFocus={nameSteps}>
      {toolButton(t('toolbar.undo'), () => editor.undo(), `${mod}+Z`, !undoable, undoable ? names.undo : '')}
      {toolButton(t('toolbar.redo'), () => editor.redo(), `${mod}+Shift+Z ${mod}+Y`, !redoable, redoable ? names.redo : '')}
    </div>
  );
}

/** Each language named in itself, in full, for the drop-down of a session with more than two. */
const AUTONYM: Record<DocLang, string> = { ar: 'العربية', en: 'English', es: 'Español', fr: 'Français', ru: 'Русский', zh: '中文' };

/**
 * The document language: buttons for Chinese, English and both, as Orgwork began; a session
 * in more languages gets a drop-down of them (and both, all), so the toolbar keeps to one line.
 */
function DocLangSwitch() {
  const { t } = useTranslation();
  const editor = useEditor();
  const id = useId();
  const docLang = useDocLang();
  const session = useSession();
  const choices = docLangChoices(session ?? {});
  const choose = (lang: DocumentLang) => setDocLang(editor, lang);
  if (choices.length <= 3) {
    const options = choices.map((choice): SwitchOption<DocumentLang> => (isDocLang(choice) ? [choice, OWN_NAME[choice], choice, t(`language.name.${choice}`)] : [choice, t(`toolbar.${choice}`), null, null]));
    return <Switch<DocumentLang> label={t('toolbar.document')} value={docLang} options={options} onChange={choose} />;
  }
  const named = (lang: DocLang) => (AUTONYM[lang] === t(`language.name.${lang}`) ? AUTONYM[lang] : `${AUTONYM[lang]} (${t(`language.name.${lang}`)})`);
  return (
    <div className="tool-group switch">
      <label htmlFor={id} className="switch-label">
        {t('toolbar.document')}
      </label>
      <select id={id} className="doc-lang-select" value={docLang} onChange={(e) => choose(e.target.value as DocumentLang)}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {isDocLang(choice) ? named(choice) : t(`toolbar.${choice}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Compact density on and off (also View ▸ Compact Grid in the desktop app). */
function DensityToggle() {
  const { t } = useTranslation();
  const editor = useEditor();
  const compact = useStore(editor.density, (density) => density === 'compact');
  return (
    <button type="button" className="tool" aria-pressed={compact} title={t('toolbar.compactHint')} onClick={() => setDensity(editor, compact ? 'normal' : 'compact')}>
      {t('toolbar.compact')}
    </button>
  );
}

/** How the switches name each language: in itself, short, so a reader finds theirs (and a title names it in the interface language). */
const OWN_NAME: Record<DocLang, string> = { ar: 'عربي', en: 'EN', es: 'ES', fr: 'FR', ru: 'RU', zh: '中文' };

/** A segmented switch: value, text, the text's language (null: the interface's) and a tooltip. */
type SwitchOption<T> = [T, string, DocLang | null, string | null];

function Switch<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: SwitchOption<T>[]; onChange: (value: T) => void }) {
  return (
    <div className="tool-group switch" role="group" aria-label={label}>
      <span className="switch-label" aria-hidden="true">
        {label}
      </span>
      {options.map(([option, text, lang, title]) => (
        <button key={option} type="button" lang={lang ? HTML_LANG[lang] : undefined} title={title ?? undefined} aria-pressed={option === value} onClick={() => onChange(option)}>
          {text}
        </button>
      ))}
    </div>
  );
}
