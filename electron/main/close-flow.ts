// Runs in Node (main process). What a window does when asked to close, as plain decisions
// with no Electron in them, so every path is tested (test/unit/close-flow.test.ts):
// a clean window closes; an unsaved one asks Save / Don't Save / Cancel; Save asks the
// renderer to save (it applies the text typed in a field first) and closes once the document
// reports clean; a save that ends without saving (Save As cancelled, a failure) keeps the
// window open and forgets the close, so a later save does not close the window by surprise.
import type { SaveResult } from '../../shared/api.ts';

export type CloseChoice = 'save' | 'dontSave' | 'cancel';

/** What the window must do next. */
export type CloseAction = 'close' | 'prompt' | 'save' | 'stay';

export class CloseFlow {
  private closingAfterSave = false;
  private closeAllowed = false;
  private dirty = false;

  /** The document's unsaved mark, as the renderer reports it (typed text not yet applied counts). */
  documentChanged(dirty: boolean): CloseAction {
    this.dirty = dirty;
    if (this.closingAfterSave && !dirty) {
      this.closingAfterSave = false;
      this.closeAllowed = true;
      return 'close';
    }
    return 'stay';
  }

  /** The window is about to close: 'close' lets it, 'prompt' prevents it and asks. */
  closeRequested(): CloseAction {
    return this.closeAllowed || !this.dirty ? 'close' : 'prompt';
  }

  /** The answer to the prompt. */
  chose(choice: CloseChoice): CloseAction {
    switch (choice) {
      case 'save':
        this.closingAfterSave = true;
        return 'save';
      case 'dontSave':
        this.closeAllowed = true;
        return 'close';
      case 'cancel':
        this.closingAfterSave = false;
        return 'stay';
    }
  }

  /** A save this window asked for has ended. Only a save that wrote the file may close it. */
  saveEnded(result: SaveResult['status']): CloseAction {
    // Changed on disk included: the user is asked whether to overwrite, and may say no;
    // closing again after that is one click, closing by surprise later is lost trust.
    if (result !== 'saved') this.closingAfterSave = false;
    return 'stay';
  }
}
