// Runs in the renderer. Each body's agenda with sub-items under their parents, how often
// each item is placed, unplaced items standing out, joint items naming their partners.
// Items are dragged from here into the grid, or placed at the grid's focus with P; a
// chip dragged back here leaves the schedule.
import { memo, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { DocLang } from '../../shared/i18n.ts';
import type { Body, Item } from '../../shared/model/types.ts';
import { addBody, addItem } from '../../shared/schedule/index.ts';
import { DocText, textsIn } from '../widgets/DocText.tsx';
import { HidePanelButton, PanelResizer } from '../widgets/PanelEdges.tsx';
import { countToFill, useProgressive } from '../widgets/progressive.ts';
import { useDragSource, useUnplaceTarget } from '../dnd/targets.ts';
import { placeAtFocus } from '../grid/focus-target.ts';
import { bodyShortName } from '../state/place-names.ts';
import { useEditor, useSession, useShownLangs } from '../state/context.tsx';
import { placementsIn } from '../state/derived.ts';
import { jointDiscussions } from '../../shared/schedule/joint-discussions.ts';
import { uiMessage } from '../state/messages.ts';
import { selectionKey } from '../state/selection.ts';
import { useStore, useStoreAt } from '../state/store.ts';
import { bodyOutline, nextNumber } from './outline.ts';
import { PlaceHere } from './PlaceHere.tsx';
import { AgendaMenu, openAgendaMenu } from './AgendaMenu.tsx';

/** Items drawn at first when a document opens: more than the panel shows. */
const FIRST_ITEMS = 40;

export function AgendaPanel() {
  const { t } = useTranslation();
  const editor = useEditor();
  const session = useSession()!;
  const [focused, setFocused] = useState<string | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const unplace = useUnplaceTarget();
  const roving = focused && session.items.some((it) => it.id === focused) ? focused : (session.items[0]?.id ?? null);
  const placements = placementsIn(session);
  const counts = countsByBody(session.items, placements);
  // A long agenda is drawn from its first bodies (what fills the panel), the rest in the background.
  const opened = useStore(editor.doc, (s) => s?.opened ?? 0);
  const itemsIn = (body: Body) => session.items.filter((item) => item.body === body.id).length;
  const shownBodies = useProgressive(session.bodies.length, countToFill(session.bodies, itemsIn, FIRST_ITEMS), opened);

  // Arrow keys walk all items of all bodies; Enter selects; Space (dnd-kit) picks up; P places.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('[data-item]') ?? [])];
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (index === -1 || event.altKey || event.ctrlKey || event.metaKey) return;
    const go = (to: number) => {
      const button = buttons[Math.max(0, Math.min(buttons.length - 1, to))];
      button?.focus();
      if (button) setFocused(button.dataset.item!);
    };
    if (event.key === 'ArrowDown') go(index + 1);
    else if (event.key === 'ArrowUp') go(index - 1);
    else if (event.key === 'Home') go(0);
    else if (event.key === 'End') go(buttons.length - 1);
    else if (event.key === 'p' || event.key === 'P') placeAtFocus(editor, buttons[index]!.dataset.item!);
    else return;
    event.preventDefault();
  };

  const addBodyHere = () => {
    const first = session.days[0]?.date;
    const last = session.days.at(-1)?.date;
    const result = editor.apply((s) => addBody(s, { name: uiMessage('placeholder.body'), from: first ?? '2000-01-01', to: last ?? first ?? '2000-01-01' }));
    if (result?.ok && result.created) editor.selection.set({ kind: 'body', id: result.created });
  };

  return (
    <aside ref={unplace.setNodeRef} className={`agenda-panel panel${unplace.isOver ? ' is-over' : ''}`} aria-labelledby="agenda-heading" data-side-panel="agenda">
      <div className="panel-head">
        <h2 id="agenda-heading">{t('agenda.heading')}</h2>
        <HidePanelButton panel="agenda" />
      </div>
      <PlaceHere />
      <AgendaMenu />
      <PanelResizer panel="agenda" />
      <div className="agenda-scroll" ref={listRef} onKeyDown={onKeyDown} onFocus={(e) => setFocused((e.target as HTMLElement).dataset.item ?? focused)}>
        {session.bodies.slice(0, shownBodies).map((body) => (
          <AgendaBody
            key={body.id}
            body={body}
            items={session.items}
            bodies={session.bodies}
            placements={placements}
            counts={counts.get(body.id) ?? ''}
            roving={roving}
          />
        ))}
        <button type="button" className="link-button add-body" onClick={addBodyHere}>
          {t('agenda.addBody')}
        </button>
      </div>
    </aside>
  );
}

/** How often each item of each body is placed, per body as a string that compares by value. */
function countsByBody(items: readonly Item[], placements: ReadonlyMap<string, readonly unknown[]>): Map<string, string> {
  const counts = new Map<string, string>();
  for (const item of items) counts.set(item.body, `${counts.get(item.body) ?? ''}${placements.get(item.id)?.length ?? 0},`);
  return counts;
}

interface AgendaBodyProps {
  body: Body;
  /** The whole agenda (partners are named across bodies). */
  items: readonly Item[];
  bodies: readonly Body[];
  placements: ReadonlyMap<string, readonly unknown[]>;
  /** This body's placement counts (countsByBody): what of the schedule the section shows. */
  counts: string;
  roving: string | null;
}

/**
 * One body's items. Memoized on the agenda and this body's counts: an edit of the schedule
 * that changes no count (a move, a retimed slot) does not redraw the agenda.
 */
const AgendaBody = memo(
  function AgendaBody({ body, items: allItems, bodies, placements, roving }: AgendaBodyProps) {
    const { t } = useTranslation();
    const editor = useEditor();
    const langs = useShownLangs();
    const items = allItems.filter((item) => item.body === body.id);
    const partners = useMemo(() => {
      const names = new Map<string, string>();
      const { keyOf, groups } = jointDiscussions(allItems);
      for (const item of allItems) {
        const key = keyOf.get(item.id);
        if (item.body !== body.id || key === undefined) continue;
        const others = (groups.get(key) ?? []).filter((p) => p.id !== item.id);
        const named = others.map((p) => t('agenda.partner', { body: bodyShortName(bodies, p.body, langs[0]!), number: p.number }));
        if (named.length > 0) names.set(item.id, named.join(t('agenda.listSeparator')));
      }
      return names;
    }, [allItems, bodies, body.id, langs, t]);
    const headingId = `agenda-body-${body.id}`;
    const add = () => {
      const result = editor.apply((s) => addItem(s, { body: body.id, number: nextNumber(items), title: {} }));
      if (result?.ok && result.created) editor.selection.set({ kind: 'item', id: result.created });
    };
    return (
      <section className="agenda-body" aria-labelledby={headingId}>
        <h3 id={headingId} className="agenda-body-name">
          <button type="button" className="link-button" onClick={() => editor.selection.set({ kind: 'body', id: body.id })}>
            <DocText texts={textsIn(body.name, langs)} langs={langs} />
          </button>
        </h3>
        {items.length === 0 ? <p className="muted small">{t('agenda.noItems')}</p> : null}
        <ul className="agenda-list">
          {bodyOutline(allItems, body.id).map((entry) => (
            <AgendaEntry
              key={entry.item.id}
              item={entry.item}
              depth={entry.depth}
              hasChildren={entry.hasChildren}
              count={placements.get(entry.item.id)?.length ?? 0}
              partners={partners.get(entry.item.id) ?? ''}
              tabbable={entry.item.id === roving}
              langs={langs}
              t={t}
            />
          ))}
        </ul>
        <button type="button" className="link-button add-item" onClick={add}>
          {t('agenda.addItem')}
        </button>
      </section>
    );
  },
  (a, b) => a.body === b.body && a.items === b.items && a.bodies === b.bodies && a.counts === b.counts && a.roving === b.roving,
);

interface AgendaEntryProps {
  item: Item;
  depth: 0 | 1;
  hasChildren: boolean;
  /** How many rows place the item. */
  count: number;
  /** Its joint partners, named ("WG.2 2"); empty when it has none. */
  partners: string;
  tabbable: boolean;
  langs: readonly DocLang[];
  /** The section's `t`: an entry of its own would set up react-i18next for each of hundreds of items. */
  t: TFunction;
}

/** One item: memoized, so an edit redraws only the items whose count or text changed. */
const AgendaEntry = memo(function AgendaEntry({ item, depth, hasChildren, count, partners, tabbable, langs, t }: AgendaEntryProps) {
  const editor = useEditor();
  const selected = useStoreAt(editor.selection, selectionKey.item(item.id), (s) => s.kind === 'item' && s.id === item.id);
  const unplaced = count === 0 && !hasChildren;
  const drag = useDragSource(`item:${item.id}`, { source: { kind: 'item', item: item.id } });
  const { onKeyDown: startKeyboardDrag, ...pointer } = drag.listeners ?? {};
  const status = unplaced ? t('agenda.unplaced') : hasChildren && count === 0 ? '' : t('agenda.placed', { count });
  return (
    <li className={`agenda-entry depth-${depth}`}>
      <button
        ref={drag.setNodeRef}
        type="button"
        data-item={item.id}
        {...drag.attributes}
        {...pointer}
        aria-roledescription={t('dnd.roleDescription')}
        aria-current={selected ? 'true' : undefined}
        tabIndex={tabbable ? 0 : -1}
        className={['agenda-item', selected ? 'is-selected' : '', unplaced ? 'is-unplaced' : '', hasChildren ? 'is-parent' : '', drag.isDragging ? 'is-dragging' : '']
          .filter(Boolean)
          .join(' ')}
        onClick={() => editor.selection.set({ kind: 'item', id: item.id })}
        onContextMenu={(event) => {
          event.preventDefault();
          editor.selection.set({ kind: 'item', id: item.id });
          openAgendaMenu(item.id, { x: event.clientX, y: event.clientY });
        }}
        onKeyDown={(event) => {
          if (event.key === ' ') startKeyboardDrag?.(event);
          else if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
            event.preventDefault();
            editor.selection.set({ kind: 'item', id: item.id });
            openAgendaMenu(item.id);
          }
        }}
      >
        <span className="agenda-number">{item.number}</span>
        <span className="agenda-title">
          <DocText texts={textsIn(item.title, langs)} langs={langs} />
        </span>
        <span className={`agenda-count${unplaced ? ' warn' : ''}`}>{status}</span>
        {partners && <span className="agenda-partners">{t('agenda.jointWith', { partners })}</span>}
      </button>
    </li>
  );
});

// Where other features have long found it.
export { bodyShortName };
