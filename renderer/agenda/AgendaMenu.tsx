// Runs in the renderer. An agenda entry's context menu (right-click, the Menu key,
// Shift+F10): place the item at the grid's focus, as P and the Place button do. One menu for
// the whole agenda, opened through a store, so the entries (hundreds) stay memoized.
import { useTranslation } from 'react-i18next';
import { ContextMenu } from '../widgets/ContextMenu.tsx';
import { placeAtFocus } from '../grid/focus-target.ts';
import { useEditor } from '../state/context.tsx';
import { createStore } from '../state/observable.ts';
import { useStore } from '../state/store.ts';

interface Opened {
  item: string;
  x: number;
  y: number;
}

const opened = createStore<Opened | null>(null);

/** Opens the menu of `item` at a point, or under its entry (for the keyboard). */
export function openAgendaMenu(item: string, at?: { x: number; y: number }): void {
  const rect = document.querySelector(`[data-item="${CSS.escape(item)}"]`)?.getBoundingClientRect();
  const point = at ?? (rect ? { x: rect.left + 12, y: rect.bottom } : null);
  if (point) opened.set({ item, ...point });
}

export function AgendaMenu() {
  const { t } = useTranslation();
  const editor = useEditor();
  const menu = useStore(opened, (value) => value);
  if (!menu) return null;
  const close = () => {
    opened.set(null);
    document.querySelector<HTMLElement>(`[data-item="${CSS.escape(menu.item)}"]`)?.focus();
  };
  return (
    <ContextMenu
      x={menu.x}
      y={menu.y}
      label={t('context.label')}
      groups={[[{ id: 'place', label: t('context.placeAtFocus') }]]}
      onChoose={() => placeAtFocus(editor, menu.item)}
      onClose={close}
    />
  );
}
