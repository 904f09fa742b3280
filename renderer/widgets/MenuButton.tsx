// Runs in the renderer. A toolbar menu button (the WAI-ARIA menu button pattern), one for
// every "… ▾" in the toolbar: Enter, Space or ↓ opens it on the first entry, ↑ on the last;
// ↑ ↓ Home End move; Enter chooses; Escape closes it and gives focus back to the button; Tab
// closes it; a click elsewhere closes it, as native menus do.
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { MenuItems, menuStep, type MenuEntry } from './MenuItems.tsx';

export type { MenuEntry } from './MenuItems.tsx';

export interface MenuButtonProps<Id extends string> {
  /** The button's text; a ▾ is added. */
  label: string;
  /** Entries in groups, separators between them. */
  groups: readonly (readonly MenuEntry<Id>[])[];
  onChoose: (id: Id) => void;
  /** While true the button stays focusable but does not open (`disabled` would drop a keyboard user's focus). */
  busy?: boolean;
  /** For dialogs that give focus back to the button when they close. */
  buttonRef?: RefObject<HTMLButtonElement | null>;
  className?: string;
  /** Shown after the button, e.g. a progress line. */
  children?: ReactNode;
}

export function MenuButton<Id extends string>({ label, groups, onChoose, busy = false, buttonRef, className, children }: MenuButtonProps<Id>) {
  const entries = groups.flat();
  const [open, setOpen] = useState(false);
  // Which entry gets focus once the menu is open.
  const [active, setActive] = useState(0);
  const id = useId();
  const ownButtonRef = useRef<HTMLButtonElement>(null);
  const button = buttonRef ?? ownButtonRef;
  const menuRef = useRef<HTMLUListElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  // Before paint, so the next key press already lands in the menu.
  useLayoutEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, button]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const choose = (entry: MenuEntry<Id>) => {
    if (entry.disabled) return;
    // A choice among several (the export's language) stays in the menu: the next pick is a format.
    if (entry.checked !== undefined) return onChoose(entry.id);
    // Focus back on the button first: a dialog the entry opens gives it back there.
    close(true);
    onChoose(entry.id);
  };

  /**
   * Moves the active entry for an arrow, Home or End key. Functional updates, so keys typed
   * faster than React renders (or landing on the button before focus has moved into the
   * open menu) each count.
   */
  const move = (key: string): boolean => {
    const step = menuStep(key, entries.length - 1);
    if (step) setActive(step);
    return step !== undefined;
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (busy) return;
    if (open && move(event.key)) {
      event.preventDefault();
    } else if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(entries.length - 1);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close(true);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (move(event.key)) {
      event.preventDefault();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className={`tool-group menu-button${className ? ` ${className}` : ''}`}>
      <button
        ref={button}
        type="button"
        className="tool"
        id={`${id}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-disabled={busy}
        onClick={() => {
          if (busy) return;
          if (open) close(false);
          else openAt(0);
        }}
        onKeyDown={onButtonKeyDown}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul ref={menuRef} className="menu" role="menu" id={`${id}-menu`} aria-labelledby={`${id}-button`} onKeyDown={onMenuKeyDown}>
          <MenuItems groups={groups} active={active} setActive={setActive} onChoose={choose} itemRefs={itemRefs} />
        </ul>
      )}
      {children}
    </div>
  );
}
