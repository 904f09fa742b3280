// Runs in the renderer. Where the Retime Meetings dialog opens from: the Edit menu and the
// inspector's buttons post a 'retime' request; with a day selected, that day comes chosen.
// Focus goes back to where it was when the dialog closes.
import { useState } from 'react';
import { useEditor } from '../state/context.tsx';
import { useFeatureRequest } from '../state/feature-requests.ts';
import { RetimeDialog } from './RetimeDialog.tsx';

interface Opened {
  dates: readonly string[] | null;
  returnFocus: Element | null;
}

export function RetimeTools() {
  const editor = useEditor();
  const [opened, setOpened] = useState<Opened | null>(null);
  useFeatureRequest(['retime'], () => {
    const selection = editor.selection.get();
    const date = selection.kind === 'day' ? selection.date : selection.kind === 'slot' ? selection.at.date : null;
    setOpened({ dates: date === null ? null : [date], returnFocus: document.activeElement });
  });
  if (!opened) return null;
  const close = () => {
    setOpened(null);
    requestAnimationFrame(() => {
      if (opened.returnFocus instanceof HTMLElement && opened.returnFocus.isConnected) opened.returnFocus.focus();
    });
  };
  return <RetimeDialog initialDates={opened.dates} onClose={close} />;
}
