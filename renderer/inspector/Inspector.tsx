// Runs in the renderer. The inspector: the fields of whatever is selected (item, body, day,
// slot, or the session when nothing else is). A selection that an edit removed falls back
// to the session.
import { useTranslation } from 'react-i18next';
import { sessionLanguages } from '../../shared/model/languages.ts';
import { HidePanelButton, PanelResizer } from '../widgets/PanelEdges.tsx';
import { useEditor, useSession } from '../state/context.tsx';
import { useStore } from '../state/store.ts';
import { InspectorLangsContext } from './fields.tsx';
import { ItemInspector } from './ItemInspector.tsx';
import { InspectorLangPickers } from './LanguagesFields.tsx';
import { BodyInspector, DayInspector, SessionInspector, SlotInspector } from './OtherInspectors.tsx';

export function Inspector() {
  const { t } = useTranslation();
  const editor = useEditor();
  const session = useSession()!;
  const selection = useStore(editor.selection, (s) => s);
  const languages = sessionLanguages(session);
  const pair = useStore(editor.inspectorLangs, (langs) => langs);

  let heading = t('inspector.session');
  let content = <SessionInspector session={session} languages={languages} />;
  if (selection.kind === 'item') {
    const item = session.items.find((it) => it.id === selection.id);
    if (item) {
      heading = t('inspector.item', { number: item.number });
      content = <ItemInspector key={item.id} session={session} item={item} at={selection.at} languages={languages} />;
    }
  } else if (selection.kind === 'body') {
    const body = session.bodies.find((b) => b.id === selection.id);
    if (body) {
      heading = t('inspector.body');
      content = <BodyInspector key={body.id} body={body} languages={languages} />;
    }
  } else if (selection.kind === 'day') {
    if (session.days.some((d) => d.date === selection.date)) {
      heading = t('inspector.day');
      content = <DayInspector key={selection.date} session={session} date={selection.date} />;
    }
  } else if (selection.kind === 'slot') {
    if (session.days.find((d) => d.date === selection.at.date)?.slots[selection.at.slot]) {
      heading = t('inspector.slot');
      content = <SlotInspector key={`${selection.at.date}:${selection.at.slot}`} session={session} at={selection.at} />;
    }
  }

  return (
    <aside className="inspector-panel panel" aria-labelledby="inspector-heading" data-side-panel="inspector">
      <div className="panel-head">
        <h2 id="inspector-heading">{heading}</h2>
        <div className="panel-head-actions">
          {selection.kind !== 'session' && (
            <button type="button" className="link-button" onClick={() => editor.selection.set({ kind: 'session' })}>
              {t('inspector.showSession')}
            </button>
          )}
          <HidePanelButton panel="inspector" />
        </div>
      </div>
      <div className="inspector-scroll">
        {/* The day and slot inspectors have no texts in the document languages. */}
        {selection.kind !== 'day' && selection.kind !== 'slot' && <InspectorLangPickers session={session} />}
        <InspectorLangsContext.Provider value={pair}>{content}</InspectorLangsContext.Provider>
      </div>
      <PanelResizer panel="inspector" />
    </aside>
  );
}
