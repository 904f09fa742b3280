// Runs in the renderer. A context menu (right-click, the Menu key, Shift+F10): the WAI-ARIA
// menu pattern at a point — ↑ ↓ Home End move, Enter chooses, Escape or a click elsewhere
// closes it and gives the focus back to where it was opened (onClose).
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { MenuItems, menuStep, type MenuEntry } from './MenuItems.tsx';

export interface ContextMenuProps<Id extends string> {
  /** Where it opens, in viewport pixels (kept on screen). */
  x: number;
  y: number;
  /** What the menu is about, for screen readers ("Item 5, Wednesday 10 a.m.–1 p.m."). */
  label: string;
  groups: readonly (readonly MenuEntry<Id>[])[];
  onChoose: (id: Id) => void;
  onClose: () => void;
}

export function ContextMenu<Id extends string>({ x, y, label, groups, onChoose, onClose }: ContextMenuProps<Id>) {
  const entries = groups.flat();
  const [active, setActive] = useState(() => Math.max(0, entries.findIndex((entry) => !entry.disabled)));
  const menuRef = useRef<HTMLUListElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const [position, setPosition] = useState({ left: x, top: y });

  // Kept inside the window: a menu opened near the right or bottom edge opens leftwards or upwards.
  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    const { width, height } = menu.getBoundingClientRect();
    setPosition({ left: Math.max(4, Math.min(x, window.innerWidth - width - 4)), top: Math.max(4, Math.min(y, window.innerHeight - height - 4)) });
  }, [x, y]);

  useLayoutEffect(() => {
    itemRefs.current[active]?.focus();
  }, [active]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    const step = menuStep(event.key, entries.length - 1);
    // The editor's keys (the grid's, the global shortcuts) do not act behind an open menu.
    event.stopPropagation();
    if (step) {
      event.preventDefault();
      setActive(step);
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose();
    }
  };

  const choose = (entry: MenuEntry<Id>) => {
    if (entry.disabled) return;
    onClose();
    onChoose(entry.id);
  };

  // On the page's body: the panels it opens over contain their layout, which would make
  // `position: fixed` count from the panel instead of the window.
  return createPortal(
    <ul ref={menuRef} className="menu context-menu" role="menu" aria-label={label} style={{ left: position.left, top: position.top }} onKeyDown={onKeyDown}>
      <MenuItems groups={groups} active={active} setActive={setActive} onChoose={choose} itemRefs={itemRefs} />
    </ul>,
    document.body,
  );
}
