// Runs in the renderer. The inspector of an agenda item: its number and texts in both
// languages, its joint partners, annotation and documents, where it is placed — and, for
// a placement chosen in the grid, the row commands the keyboard has too.
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocLang } from '../../shared/i18n.ts';
import type { Body, Item, LangText, Session } from '../../shared/model/types.ts';
import { textIn } from '../../shared/format/text.ts';
import { continueInNextSlot, discussionOf, editItem, jointDiscussions, parentNumber, removeItem, type RowRef } from '../../shared/schedule/index.ts';
import { moveRowStep, removeChip, setJointPartner } from '../editing/commands.ts';
import { focusCell } from '../grid/GridCell.tsx';
import { slotName } from '../state/place-names.ts';
import { rowKey } from '../state/grid-layout.ts';
import { useUiLang } from '../i18n.ts';
import { useEditor } from '../state/context.tsx';
import { placementsIn } from '../state/derived.ts';
import { bodyShortName } from '../state/place-names.ts';
import type { Editor } from '../state/editor.ts';
import { sameRowRef } from '../state/selection.ts';
import { AnnotationFields } from './AnnotationFields.tsx';
import { ItemConventionsFields } from './ConventionsFields.tsx';
import { DocumentsField } from './DocumentsField.tsx';
import { LangTextField, Section, TextField } from './fields.tsx';

export function ItemInspector({ session, item, at, languages }: { session: Session; item: Item; at?: RowRef; languages: readonly DocLang[] }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const uiLang = useUiLang();
  const body = session.bodies.find((b) => b.id === item.body);
  return (
    <>
      <p className="inspector-context">{body ? textIn(body.name, uiLang) : item.body}</p>
      {at && <PlacementActions editor={editor} session={session} item={item} at={at} />}
      <ItemFields item={item} bodies={session.bodies} items={session.items} languages={languages} />
      {jointDiscussions(session.items).keyOf.has(item.id) && <ItemConventionsFields session={session} item={item} />}
      <Placements session={session} item={item} at={at} />
      <div className="danger-zone">
        <button type="button" className="button danger" onClick={() => editor.apply((s) => removeItem(s, item.id))?.ok && editor.selection.set({ kind: 'body', id: item.body })}>
          {t('item.remove')}
        </button>
      </div>
    </>
  );
}

interface ItemFieldsProps {
  item: Item;
  bodies: readonly Body[];
  /** The whole agenda, for the partner pickers. */
  items: readonly Item[];
  languages: readonly DocLang[];
}

/**
 * The item's own fields. Memoized: moving or placing the item (a new selection at another
 * row) keeps the same item object, and its many fields are not redrawn.
 */
const ItemFields = memo(function ItemFields({ item, bodies, items, languages }: ItemFieldsProps) {
  const { t } = useTranslation();
  const editor = useEditor();
  const patch = (fields: Partial<Omit<Item, 'id'>>) => editor.apply((s) => editItem(s, item.id, fields));
  const text = (field: 'title' | 'annexTitle' | 'shortTitle') => (value: LangText | undefined) =>
    patch({ [field]: field === 'title' ? (value ?? {}) : value });
  return (
    <>
      <TextField label={t('item.number')} value={item.number} onCommit={(number) => patch({ number })} hint={t('item.numberHint')} />
      <LangTextField label={t('item.title')} value={item.title} languages={languages} required onCommit={text('title')} />
      <LangTextField label={t('item.annexTitle')} value={item.annexTitle} languages={languages} hint={t('item.annexTitleHint')} onCommit={text('annexTitle')} />
      <LangTextField label={t('item.shortTitle')} value={item.shortTitle} languages={languages} hint={t('item.shortTitleHint')} onCommit={text('shortTitle')} />
      <JointPartners bodies={bodies} items={items} item={item} />
      <AnnotationFields item={item} bodies={bodies} items={items} languages={languages} />
      <DocumentsField item={item} languages={languages} />
    </>
  );
});

function PlacementActions({ editor, session, item, at }: { editor: Editor; session: Session; item: Item; at: RowRef }) {
  const { t } = useTranslation();
  const uiLang = useUiLang();
  const row = session.days.find((d) => d.date === at.date)?.slots[at.slot]?.rows[at.row];
  if (!row || !Object.values(row).includes(item.id)) return null;
  const move = (direction: -1 | 1, wholeSlot = false) => {
    const step = moveRowStep(session, at, direction, wholeSlot);
    if (!('operation' in step)) return step.ok || editor.refuse(step.error);
    if (editor.apply(step.operation)?.ok) editor.selection.set({ kind: 'item', id: item.id, at: step.destination });
  };
  const partners = discussionOf(session.items, item.id).map((p) => p.body);
  const chipBodies = Object.keys(row).filter((body) => partners.includes(body));
  return (
    <Section title={t('placement.heading', { where: slotName(session, at, uiLang) })}>
      <div className="button-row">
        <button type="button" className="button" aria-keyshortcuts="C" onClick={() => editor.apply((s) => continueInNextSlot(s, at))}>
          {t('placement.continue')}
        </button>
        <button type="button" className="button" aria-keyshortcuts="Alt+ArrowUp" onClick={() => move(-1)}>
          {t('placement.up')}
        </button>
        <button type="button" className="button" aria-keyshortcuts="Alt+ArrowDown" onClick={() => move(1)}>
          {t('placement.down')}
        </button>
        <button type="button" className="button" aria-keyshortcuts="Alt+PageDown" onClick={() => move(1, true)}>
          {t('placement.nextSlot')}
        </button>
        <button
          type="button"
          className="button"
          aria-keyshortcuts="Delete"
          onClick={() => editor.apply(removeChip(at, chipBodies.length > 0 ? chipBodies : [item.body]))?.ok && editor.selection.set({ kind: 'item', id: item.id })}
        >
          {t('placement.remove')}
        </button>
      </div>
    </Section>
  );
}

function JointPartners({ bodies, items, item }: { bodies: readonly Body[]; items: readonly Item[]; item: Item }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const uiLang = useUiLang();
  const id = useId();
  const others = bodies.filter((b) => b.id !== item.body);
  if (others.length === 0) return null;
  const discussions = jointDiscussions(items);
  const key = discussions.keyOf.get(item.id);
  const partners = key === undefined ? [] : (discussions.groups.get(key) ?? []);
  // The partners by name, never the internal key; a sub-item joint through its heading says so.
  const named = partners
    .filter((p) => p.id !== item.id)
    .map((p) => t('agenda.partner', { body: bodyShortName(bodies, p.body, uiLang), number: p.number }))
    .join(t('agenda.listSeparator'));
  const through = discussions.inherited.has(item.id) ? ` ${t('item.jointThroughHeading', { heading: parentNumber(item.number) ?? '' })}` : '';
  return (
    <Section title={t('item.joint')}>
      <p className="hint">{named ? t('item.jointWith', { partners: named }) + through : t('item.notJoint')}</p>
      {others.map((body) => {
        const current = partners.find((p) => p.body === body.id);
        return (
          <div className="field" key={body.id}>
            <label htmlFor={`${id}-${body.id}`}>{t('item.partnerIn', { body: textIn(body.name, uiLang) })}</label>
            <select
              id={`${id}-${body.id}`}
              value={current?.id ?? ''}
              onChange={(e) => editor.apply(setJointPartner(item.id, body.id, e.target.value || null))}
            >
              <option value="">{t('item.noPartner')}</option>
              {items
                .filter((candidate) => candidate.body === body.id)
                .map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.number} {textIn(candidate.title, uiLang)}
                  </option>
                ))}
            </select>
          </div>
        );
      })}
    </Section>
  );
}

function Placements({ session, item, at }: { session: Session; item: Item; at?: RowRef }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const uiLang = useUiLang();
  const placements = placementsIn(session).get(item.id) ?? [];
  const show = (where: RowRef) => {
    const col = session.bodies.findIndex((b) => b.id === item.body) + 1;
    editor.focus.set({ line: rowKey(where), col });
    editor.selection.set({ kind: 'item', id: item.id, at: where });
    focusCell(rowKey(where), col, 'center');
  };
  return (
    <Section title={t('item.placements', { count: placements.length })}>
      {placements.length === 0 ? (
        <p className="hint warn">{t('item.notPlaced')}</p>
      ) : (
        <ul className="placements">
          {placements.map((p) => (
            <li key={rowKey(p.at)}>
              <button type="button" className="link-button" aria-current={sameRowRef(p.at, at) ? 'true' : undefined} onClick={() => show(p.at)}>
                {slotName(session, p.at, uiLang)}
                {p.continued ? ` ${t('grid.continued')}` : ''}
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
