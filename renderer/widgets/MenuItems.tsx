// Runs in the renderer. What a toolbar menu (MenuButton) and a context menu (ContextMenu)
// share: the entries in groups with separators (a roving tabindex on the active one), and
// the keys that move between them.
import type { RefObject } from 'react';

export interface MenuEntry<Id extends string = string> {
  id: Id;
  label: string;
  disabled?: boolean;
  /** One of a group of choices (a menuitemradio): set, the entry is checked or not; choosing it keeps the menu open. */
  checked?: boolean;
  /** The label's language, when it is not the interface's. */
  lang?: string;
}

/** The next active entry for ↑ ↓ Home End (wrapping at the ends); undefined for any other key. */
export function menuStep(key: string, last: number): ((current: number) => number) | undefined {
  const steps: Record<string, (current: number) => number> = {
    ArrowDown: (current) => (current === last ? 0 : current + 1),
    ArrowUp: (current) => (current === 0 ? last : current - 1),
    Home: () => 0,
    End: () => last,
  };
  return steps[key];
}

interface MenuItemsProps<Id extends string> {
  groups: readonly (readonly MenuEntry<Id>[])[];
  active: number;
  setActive: (index: number) => void;
  onChoose: (entry: MenuEntry<Id>) => void;
  itemRefs: RefObject<(HTMLButtonElement | null)[]>;
}

export function MenuItems<Id extends string>({ groups, active, setActive, onChoose, itemRefs }: MenuItemsProps<Id>) {
  let index = 0;
  return groups.map((group, groupIndex) => [
    ...(groupIndex > 0 ? [<li key={`separator-${groupIndex}`} role="separator" className="menu-separator" />] : []),
    ...group.map((entry) => {
      const at = index++;
      return (
        <li key={entry.id} role="none">
          <button
            ref={(element) => {
              itemRefs.current[at] = element;
            }}
            type="button"
            role={entry.checked === undefined ? 'menuitem' : 'menuitemradio'}
            aria-checked={entry.checked}
            lang={entry.lang}
            tabIndex={at === active ? 0 : -1}
            aria-disabled={entry.disabled || undefined}
            onClick={() => onChoose(entry)}
            // Only a pointer that really moves takes the highlight: Chromium sends boundary
            // events when a menu opens under a resting pointer, which must not undo where the
            // keyboard has moved.
            onMouseMove={(event) => {
              if (event.movementX !== 0 || event.movementY !== 0) setActive(at);
            }}
          >
            {entry.checked !== undefined && (
              <span className="menu-check" aria-hidden="true">
                {entry.checked ? '●' : ''}
              </span>
            )}
            {entry.label}
          </button>
        </li>
      );
    }),
  ]);
}
