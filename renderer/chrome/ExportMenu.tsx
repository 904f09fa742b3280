// Runs in the renderer. The toolbar's "Export ▾" menu button (the WAI-ARIA menu button
// pattern): Enter, Space or ↓ opens it on the first entry, ↑ on the last; ↑ ↓ Home End move;
// Enter chooses; Escape closes it and gives focus back to the button; Tab closes it. The same
// entries as the desktop File ▸ Export menu, in the document language. While the host builds
// and writes the file, a status line says so.
import { useEffect, useLayoutEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_MENU_GROUPS, type ExportFormat } from '../../shared/export/export-formats.ts';
import { useEditor } from '../state/context.tsx';
import { exportDocument } from '../state/export-commands.ts';
import { useStore } from '../state/store.ts';

const FORMATS: readonly ExportFormat[] = EXPORT_MENU_GROUPS.flat();

export function ExportMenu() {
  const { t } = useTranslation();
  const editor = useEditor();
  const exporting = useStore(editor.exporting, (format) => format);
  // Not `disabled` while a file is written: that would take focus away from a keyboard user.
  const busy = exporting !== null;
  const [open, setOpen] = useState(false);
  // Which entry gets focus once the menu is open.
  const [active, setActive] = useState(0);
  const id = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const itemRefs = useRef<(HTMLButtonElement | null)[]>([]);

  // Before paint, so the next key press already lands in the menu.
  useLayoutEffect(() => {
    if (open) itemRefs.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    // A click anywhere else closes the menu, as native menus do.
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const choose = (format: ExportFormat) => {
    close(true);
    void exportDocument(editor, format);
  };

  /**
   * Moves the active entry for an arrow, Home or End key. Functional updates, so keys typed
   * faster than React renders (or landing on the button before focus has moved into the
   * open menu) each count.
   */
  const move = (key: string): boolean => {
    const last = FORMATS.length - 1;
    const steps: Record<string, (current: number) => number> = {
      ArrowDown: (current) => (current === last ? 0 : current + 1),
      ArrowUp: (current) => (current === 0 ? last : current - 1),
      Home: () => 0,
      End: () => last,
    };
    const step = steps[key];
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
      openAt(FORMATS.length - 1);
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

  let index = 0;
  return (
    <div className="tool-group export-menu">
      <button
        ref={buttonRef}
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
        {t('export.button')} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul ref={menuRef} className="menu" role="menu" id={`${id}-menu`} aria-labelledby={`${id}-button`} onKeyDown={onMenuKeyDown}>
          {EXPORT_MENU_GROUPS.map((group, groupIndex) => [
            ...(groupIndex > 0 ? [<li key={`separator-${groupIndex}`} role="separator" className="menu-separator" />] : []),
            ...group.map((format) => {
              const at = index++;
              return (
                <li key={format} role="none">
                  <button
                    ref={(element) => {
                      itemRefs.current[at] = element;
                    }}
                    type="button"
                    role="menuitem"
                    tabIndex={at === active ? 0 : -1}
                    data-format={format}
                    onClick={() => choose(format)}
                    // Only a pointer that really moves takes the highlight: Chromium sends
                    // boundary events when a menu opens under a resting pointer, which must not
                    // undo where the keyboard has moved.
                    onMouseMove={(event) => {
                      if (event.movementX !== 0 || event.movementY !== 0) setActive(at);
                    }}
                  >
                    {t(`export.format.${format}`)}
                  </button>
                </li>
              );
            }),
          ])}
        </ul>
      )}
      <span className="export-progress" role="status" aria-live="polite">
        {exporting && (
          <>
            <span className="spinner" aria-hidden="true" />
            {t('export.working', { what: t(`export.format.${exporting}`) })}
          </>
        )}
      </span>
    </div>
  );
}
