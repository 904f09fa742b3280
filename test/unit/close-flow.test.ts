// Runs in Node (tests). Every path through closing a window (electron/main/close-flow.ts).
import { describe, expect, it } from 'vitest';
import { CloseFlow } from '../../electron/main/close-flow.ts';

const dirtyFlow = () => {
  const flow = new CloseFlow();
  flow.documentChanged(true);
  return flow;
};

describe('closing a window', () => {
  it('closes a clean window without asking', () => {
    expect(new CloseFlow().closeRequested()).toBe('close');
  });

  it('asks before closing a window with unsaved changes', () => {
    expect(dirtyFlow().closeRequested()).toBe('prompt');
  });

  it("Don't Save closes, and the close that follows is let through", () => {
    const flow = dirtyFlow();
    expect(flow.chose('dontSave')).toBe('close');
    expect(flow.closeRequested()).toBe('close');
  });

  it('Cancel keeps the window and asks again next time', () => {
    const flow = dirtyFlow();
    expect(flow.chose('cancel')).toBe('stay');
    expect(flow.closeRequested()).toBe('prompt');
  });

  it('Save asks the renderer to save, and closes once the document reports clean', () => {
    const flow = dirtyFlow();
    expect(flow.chose('save')).toBe('save');
    expect(flow.saveEnded('saved')).toBe('stay');
    expect(flow.documentChanged(false)).toBe('close');
    expect(flow.closeRequested()).toBe('close');
  });

  it('Save then Cancel in the Save As dialog keeps the window, and a later save does not close it', () => {
    const flow = dirtyFlow();
    flow.chose('save');
    flow.saveEnded('cancelled');
    expect(flow.closeRequested()).toBe('prompt');
    // Later, an ordinary Ctrl+S that succeeds:
    flow.saveEnded('saved');
    expect(flow.documentChanged(false)).toBe('stay');
  });

  it('a failed save keeps the window and forgets the close', () => {
    const flow = dirtyFlow();
    flow.chose('save');
    flow.saveEnded('failed');
    expect(flow.documentChanged(false)).toBe('stay');
  });

  it('a file changed on disk: the close is forgotten, whatever the user answers next', () => {
    const flow = dirtyFlow();
    flow.chose('save');
    flow.saveEnded('changed-on-disk');
    expect(flow.documentChanged(false)).toBe('stay');
  });

  it('text typed in a field and not yet applied counts as unsaved: the close asks', () => {
    const flow = new CloseFlow();
    // The renderer reports dirty for a field's pending text (renderer/state/typed-text.ts).
    flow.documentChanged(true);
    expect(flow.closeRequested()).toBe('prompt');
  });

  it('a document that becomes clean without a pending close stays open', () => {
    const flow = dirtyFlow();
    expect(flow.documentChanged(false)).toBe('stay');
    expect(flow.closeRequested()).toBe('close');
  });

  it('Save, then the prompt again and Cancel: the first save no longer closes the window', () => {
    const flow = dirtyFlow();
    flow.chose('save');
    expect(flow.closeRequested()).toBe('prompt');
    flow.chose('cancel');
    expect(flow.documentChanged(false)).toBe('stay');
  });
});
