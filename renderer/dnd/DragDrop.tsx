// Runs in the renderer. Drag and drop with @dnd-kit: by pointer (a few pixels of movement
// start a drag, so a click still selects) and by keyboard (Space picks an agenda item up,
// arrows jump from one drop target to the next, Space drops, Escape cancels). A drop runs
// the same edit as the keyboard commands; a refused drop says why.
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { dropCheck, dropDestination, dropOperation } from '../editing/commands.ts';
import { rowKey } from '../state/grid-layout.ts';
import { useEditor, useShownLangs } from '../state/context.tsx';
import { HTML_LANG } from '../i18n.ts';
import type { Lang } from '../../shared/i18n.ts';
import { describeSource, describeTarget } from './describe.ts';
import { createStore } from '../state/observable.ts';
import { dragData, DraggingProvider, dropData, GRID_AREA, type ActiveDrag, type DragData, type DropData } from './targets.ts';

interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

const distance = (x: number, y: number, r: Rect) => {
  const dx = Math.max(r.left - x, 0, x - (r.left + r.width));
  const dy = Math.max(r.top - y, 0, y - (r.top + r.height));
  return Math.hypot(dx, dy);
};

/**
 * An empty cell or the agenda (to unplace) when the pointer is over one; otherwise the
 * nearest gap between rows, as long as the pointer is over the grid at all and that gap
 * would take the drop (a refused gap is nothing: the drag does not jump to another slot).
 */
const collide: CollisionDetection = ({ droppableContainers, droppableRects, pointerCoordinates, collisionRect }) => {
  const x = pointerCoordinates?.x ?? collisionRect.left + collisionRect.width / 2;
  const y = pointerCoordinates?.y ?? collisionRect.top + collisionRect.height / 2;
  let best: { id: string | number; value: number; container: (typeof droppableContainers)[number] } | null = null;
  let overGrid = false;
  for (const container of droppableContainers) {
    const rect = droppableRects.get(container.id);
    if (!rect) continue;
    const kind = dropData(container.data.current)?.target.kind;
    const inside = distance(x, y, rect) === 0;
    if (container.id === GRID_AREA) {
      overGrid = inside;
      continue;
    }
    if (inside && (kind === 'cell' || kind === 'unplace')) {
      return [{ id: container.id, data: { droppableContainer: container, value: 0 } }];
    }
    if (kind !== 'gap') continue;
    const value = distance(x, y, rect);
    if (!best || value < best.value) best = { id: container.id, value, container };
  }
  if (!best || (!overGrid && pointerCoordinates) || dropData(best.container.data.current)?.refused) return [];
  return [{ id: best.id, data: { droppableContainer: best.container, value: best.value } }];
};

const ARROWS = ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight'];

/** A few pixels of movement start a drag, so a click still selects. */
const POINTER_OPTIONS = { activationConstraint: { distance: 5 } };
/** Enter is left to selecting (the agenda's buttons); Space picks up and drops. */
const KEYBOARD_CODES = { start: ['Space'], cancel: ['Escape'], end: ['Space', 'Enter'] };
/**
 * Scroll only when the pointer is close to an edge: the default (a fifth of the grid's
 * height) scrolls the row the user is aiming at away from under the pointer.
 */
const AUTO_SCROLL = { threshold: { x: 0.04, y: 0.06 }, acceleration: 6 };

/**
 * Keyboard dragging goes from drop target to drop target in reading order (↓ and →, or ← in a
 * mirrored grid, forward). The target the
 * drag is on is remembered here (`current`, reset when a drag starts): dnd-kit's own `over`
 * lags a render behind, so a quick key press would step from, or drop on, the previous one.
 */
interface KeyboardCursor {
  id: UniqueIdentifier | null;
  data: DropData | null;
}

function nextTarget(current: KeyboardCursor): KeyboardCoordinateGetter {
  return (event, { context: { collisionRect, droppableContainers } }) => {
    if (!ARROWS.includes(event.code)) return undefined;
    event.preventDefault();
    if (!collisionRect) return undefined;
    const ordered = droppableContainers
      .getEnabled()
      .filter((c) => dropData(c.data.current)?.keyboard && c.node.current)
      .sort((a, b) => (a.node.current!.compareDocumentPosition(b.node.current!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const index = ordered.findIndex((c) => c.id === current.id);
    // ← and → follow what the eye sees: in a grid mirrored for an Arabic document the next
    // target in reading order is to the left, as the grid's own keys have it (Grid.tsx).
    const here = (ordered[index] ?? ordered[0])?.node.current;
    const mirrored = here?.closest('[dir]')?.getAttribute('dir') === 'rtl';
    const step = event.code === 'ArrowDown' || event.code === (mirrored ? 'ArrowLeft' : 'ArrowRight') ? 1 : -1;
    const next = ordered[index === -1 ? (step > 0 ? 0 : ordered.length - 1) : index + step];
    const node = next?.node.current;
    if (!next || !node) return undefined;
    current.id = next.id;
    current.data = dropData(next.data.current) ?? null;
    node.scrollIntoView({ block: 'nearest' });
    const rect = node.getBoundingClientRect();
    return { x: rect.left + rect.width / 2 - collisionRect.width / 2, y: rect.top + rect.height / 2 - collisionRect.height / 2 };
  };
}

export function DragDrop({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const editor = useEditor();
  const docLang = useShownLangs()[0]!;
  const [active, setActiveState] = useState<DragData | null>(null);
  const [dragging] = useState(() => createStore<ActiveDrag | null>(null));
  const setActive = (data: DragData | null) => {
    setActiveState(data);
    const session = editor.session();
    dragging.set(data && session ? { source: data.source, accepts: dropCheck(session, data.source) } : null);
  };
  const [keyboardTarget] = useState<KeyboardCursor>(() => ({ id: null, data: null }));
  const coordinateGetter = useMemo(() => nextTarget(keyboardTarget), [keyboardTarget]);
  // Options must keep their identity: dnd-kit rebuilds its activators, and re-renders every
  // draggable and droppable of the grid, whenever a sensor's options object changes.
  const keyboardOptions = useMemo(() => ({ coordinateGetter, keyboardCodes: KEYBOARD_CODES }), [coordinateGetter]);
  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, keyboardOptions));

  const announcements = useMemo<Announcements>(() => {
    const lang: Lang = i18n.resolvedLanguage === 'zh' ? 'zh' : 'en';
    const what = (data: unknown) => describeSource(editor.session(), dragData(data)?.source, lang);
    const where = (data: unknown) => describeTarget(editor.session(), dropData(data)?.target, lang, t);
    return {
      onDragStart: ({ active }) => t('dnd.picked', { what: what(active.data.current) }),
      onDragOver: ({ active, over }) => (over ? t('dnd.over', { what: what(active.data.current), where: where(over.data.current) }) : t('dnd.overNothing')),
      onDragEnd: ({ over }) => (over ? t('dnd.dropped', { where: where(over.data.current) }) : t('dnd.cancelled')),
      onDragCancel: () => t('dnd.cancelled'),
    };
  }, [t, i18n.resolvedLanguage, editor]);

  const accessibility = useMemo(() => ({ announcements, screenReaderInstructions: { draggable: t('dnd.instructions') } }), [announcements, t]);

  const onDragStart = ({ active }: DragStartEvent) => {
    keyboardTarget.id = null;
    keyboardTarget.data = null;
    setActive(dragData(active.data.current) ?? null);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setActive(null);
    const source = dragData(active.data.current)?.source;
    // A keyboard drag drops where its arrow keys went; a pointer drag where dnd-kit found it.
    const target = (keyboardTarget.data ?? dropData(over?.data.current))?.target;
    if (!source || !target) return;
    if (!editor.apply(dropOperation(source, target))?.ok) return;
    // The grid's focus follows what was dropped, so the keys (P, Alt+↑…) act on it next.
    const at = dropDestination(source, target);
    const after = editor.session();
    const row = at && after?.days.find((d) => d.date === at.date)?.slots[at.slot]?.rows[at.row];
    if (!at || !row) return;
    const item = source.kind === 'item' ? source.item : source.kind === 'cell' ? row[source.body] : Object.values(row)[0];
    const body = after.items.find((i) => i.id === item)?.body;
    editor.focusGridAfterEdit({ line: rowKey(at), col: Math.max(1, after.bodies.findIndex((b) => b.id === body) + 1) });
    if (item !== undefined) editor.selection.set({ kind: 'item', id: item, at });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collide}
      autoScroll={AUTO_SCROLL}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActive(null)}
    >
      <DraggingProvider value={dragging}>{children}</DraggingProvider>
      <DragOverlay dropAnimation={null}>
        {/* What is carried is document content: it shows in the document's (first) language. */}
        {active ? (
          <div className="drag-preview" lang={HTML_LANG[docLang]} dir="auto">
            {describeSource(editor.session(), active.source, docLang)}
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
}
