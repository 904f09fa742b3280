// Runs in the renderer. The status bar: which file, whether it is saved, and the size of the
// plan at a glance.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyOutline } from '../agenda/outline.ts';
import { useDirty, useEditor, useSession } from '../state/context.tsx';
import { placementsIn } from '../state/derived.ts';
import { useStore } from '../state/store.ts';

export function StatusBar({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const session = useSession()!;
  const dirty = useDirty();
  const name = useStore(editor.doc, (s) => s?.file.name ?? '');
  const path = useStore(editor.doc, (s) => s?.file.path ?? null);
  const placements = placementsIn(session);
  // Agenda headings with sub-items ("1" over "1(a)") are never placed themselves.
  const unplaced = session.bodies
    .flatMap((body) => bodyOutline(session.items, body.id))
    .filter((entry) => !entry.hasChildren && !placements.has(entry.item.id)).length;
  return (
    <footer className="status-bar">
      <span className="status-file" title={name || t('file.untitled')}>
        {name || t('file.untitled')}
      </span>
      <span className={`status-saved${dirty || path === null ? ' is-dirty' : ''}`} data-dirty={dirty}>
        {/* A new session never saved is no file yet: "Saved" would say it is safe on disk. */}
        {dirty ? t('status.unsaved') : path === null ? t('status.notSaved') : t('status.saved')}
      </span>
      <span>{t('status.days', { count: session.days.length })}</span>
      <span>{t('status.bodies', { count: session.bodies.length })}</span>
      <span>{t('status.items', { count: session.items.length })}</span>
      <span className={unplaced > 0 ? 'status-warn' : undefined}>{t('status.unplaced', { count: unplaced })}</span>
      {children}
    </footer>
  );
}
