// Runs in the renderer. Dropping a session file anywhere on the window opens it
// (state/file-commands.ts openDroppedFiles). Only drags that carry files are ours: the grid's
// dnd-kit drags move with pointer events and never fire these HTML drag events, and a text
// drag has no "Files" type, so neither is touched here.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SESSION_MIME_TYPE } from '../../shared/api.ts';
import { useEditor } from '../state/context.tsx';
import { openDroppedFiles } from '../state/file-commands.ts';
import { isModalOpen } from '../widgets/Modal.tsx';

const carriesFiles = (transfer: DataTransfer | null): transfer is DataTransfer => transfer !== null && Array.from(transfer.types).includes('Files');

/**
 * Could the drag be one session file? While a drag is over the page the browser hides file
 * names and shows only each item's MIME type, so the overlay goes by that: an .orgwork file has
 * none (or ours, where the system registered it); a .txt or a picture has its own and gets no
 * overlay. The name is checked once dropped.
 */
function maySession(transfer: DataTransfer): boolean {
  const files = Array.from(transfer.items).filter((item) => item.kind === 'file');
  return files.length === 1 && (files[0]!.type === '' || files[0]!.type === SESSION_MIME_TYPE);
}

export function FileDrop() {
  const { t } = useTranslation();
  const editor = useEditor();
  const [over, setOver] = useState(false);

  useEffect(() => {
    // Behind a dialog a drop would open a session under its feet: such drops are refused, and
    // no overlay promises otherwise.
    const busy = () => editor.dialog.get() !== null || isModalOpen();
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      // Ours whatever it carries: left to the browser, a dropped file would replace the app.
      event.preventDefault();
      const accepted = !busy();
      event.dataTransfer.dropEffect = accepted ? 'copy' : 'none';
      setOver(accepted && maySession(event.dataTransfer));
    };
    // Leaving the window (not moving between two of its elements) has no element to go to.
    const onDragLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event.dataTransfer)) return;
      event.preventDefault();
      setOver(false);
      if (!busy()) void openDroppedFiles(editor, Array.from(event.dataTransfer.files));
    };
    const onDragEnd = () => setOver(false);
    window.addEventListener('dragenter', onDragOver);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    window.addEventListener('dragend', onDragEnd);
    return () => {
      window.removeEventListener('dragenter', onDragOver);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('dragend', onDragEnd);
    };
  }, [editor]);

  if (!over) return null;
  return (
    <div className="file-drop" role="status">
      <div className="file-drop-card">
        <p className="file-drop-title">{t('drop.overlay')}</p>
        <p>{t('drop.overlayHint')}</p>
      </div>
    </div>
  );
}
