// Runs in the renderer. A modal dialog: native <dialog> gives focus trapping and Escape for
// free; `onCancel` (Escape) must always be the safe choice. The primary button takes focus.
import { useEffect, useId, useRef, type ReactNode } from 'react';

/** How many modal dialogs are open: counted, as a search of a large grid's document takes half a millisecond a key press. */
let openModals = 0;

/** Whether a modal dialog is open: the editor's shortcuts wait behind it. */
export const isModalOpen = () => openModals > 0;

export function Modal({ title, onCancel, children, actions, wide }: { title: string; onCancel: () => void; children: ReactNode; actions: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    openModals += 1;
    // The safe or usual answer takes the focus, not the first focusable thing in the dialog.
    (dialog?.querySelector<HTMLElement>('.modal-actions .primary') ?? dialog?.querySelector<HTMLElement>('.primary'))?.focus();
    return () => {
      openModals -= 1;
      dialog?.close();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal${wide ? ' modal-wide' : ''}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {/* Focusable, so a long list (errors, keys) scrolls by keyboard too. */}
      <div className="modal-body" tabIndex={0}>
        {children}
      </div>
      <div className="modal-actions">{actions}</div>
    </dialog>
  );
}

