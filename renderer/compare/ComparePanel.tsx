// Runs in the renderer. The open comparison above the grid: "Changes from <this file> to
// <other file>", how many, the grouped change list (choosing a change reveals it), and "Close
// comparison". Non-modal, so the grid stays usable. It diffs again after every edit of the
// open session and hands the grid its highlights (grid/highlight.ts) once per diff.
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { diffSessions } from '../../shared/merge/index.ts';
import { highlights, highlightsOf } from '../grid/highlight.ts';
import { reveal } from '../problems/reveal.ts';
import { useDeferredSession, useEditor } from '../state/context.tsx';
import { useStore } from '../state/store.ts';
import { locationOf } from './change-location.ts';
import { ChangeList } from './ChangeList.tsx';
import { compareButtonRef, comparison, type Comparison } from './comparison.ts';

export function ComparePanel() {
  const current = useStore(comparison, (c) => c);
  return current ? <CompareView key={current.seq} comparison={current} /> : null;
}

function CompareView({ comparison: { other } }: { comparison: Comparison }) {
  const { t } = useTranslation('compare');
  const editor = useEditor();
  // Deferred: a diff of the whole session must not hold up the frame of the edit itself.
  const session = useDeferredSession()!;
  const thisName = useStore(editor.doc, (state) => state?.file.name ?? '') || t('untitled');
  const changes = useMemo(() => diffSessions(session, other.session), [session, other.session]);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Before paint, so the marks appear with the list.
  useLayoutEffect(() => highlights.set(highlightsOf(session, changes)), [session, changes]);
  useEffect(() => () => highlights.set(null), []);
  // The person asked for this comparison: they land on it.
  useEffect(() => headingRef.current?.focus(), []);

  const close = () => {
    comparison.set(null);
    compareButtonRef.current?.focus();
  };

  return (
    <section className="compare-panel" aria-labelledby="compare-heading" data-testid="compare-panel">
      <div className="compare-head">
        <h2 id="compare-heading" ref={headingRef} tabIndex={-1}>
          {t('panel.heading', { this: thisName, other: other.name })}
        </h2>
        <span className="compare-count" role="status">
          {changes.length === 0 ? t('panel.same') : t('panel.count', { count: changes.length })}
        </span>
        <button type="button" className="tool compare-close" onClick={close}>
          {t('panel.close')}
        </button>
      </div>
      {changes.length > 0 && (
        <div className="compare-body">
          <p className="compare-hint">{t('panel.hint')}</p>
          <ChangeList changes={changes} locate={(change) => locationOf(session, change)} onReveal={(location) => reveal(editor, session, location)} />
        </div>
      )}
    </section>
  );
}
