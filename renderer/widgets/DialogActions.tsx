// Runs in the renderer. The buttons of a dialog that asks for one thing: the main action
// first (the Modal gives it the focus), the safe way out after it — in the same order in
// every dialog, as the editor's own questions (Dialogs.tsx) have them.
export interface DialogAction {
  label: string;
  onClick?: () => void;
  /** Cannot be chosen now (nothing to apply yet). */
  disabled?: boolean;
  /**
   * Working: announced as unavailable and not run again, but still focusable — `disabled`
   * would drop a keyboard user's focus while the work goes on.
   */
  busy?: boolean;
  /** Submits this form instead of running onClick. */
  form?: string;
}

export function DialogActions({ primary, cancel }: { primary: DialogAction; cancel: DialogAction }) {
  return (
    <>
      <button
        type={primary.form ? 'submit' : 'button'}
        form={primary.form}
        className="button primary"
        disabled={primary.disabled}
        aria-disabled={primary.busy || undefined}
        onClick={primary.busy ? undefined : primary.onClick}
      >
        {primary.label}
      </button>
      <button type="button" className="button" onClick={cancel.onClick}>
        {cancel.label}
      </button>
    </>
  );
}
