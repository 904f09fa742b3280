// Runs in the renderer. A problem's mark on a grid cell: a small sign, and its messages —
// part of the cell's text for screen readers, shown beside it on hover and while the cell
// has the focus. A click opens the Problems tab. The marks come from the deferred session
// (state/context.tsx): the checks never hold up an edit's frame.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiLang } from '../i18n.ts';
import { useDeferredSession, useEditor } from '../state/context.tsx';
import { problemsIn } from '../state/derived.ts';
import { createStore } from '../state/observable.ts';
import { useStore } from '../state/store.ts';
import { markSummary, problemMarksOf, type ProblemMarks } from './problem-marks.ts';

const problemMarks = createStore<ProblemMarks>(new Map());

/** Keeps the grid's marks in step with the checks of the (deferred) session; renders nothing. */
export function ProblemMarksFeed() {
  const session = useDeferredSession();
  useEffect(() => {
    problemMarks.set(session ? problemMarksOf(problemsIn(session)) : new Map());
  }, [session]);
  return null;
}

export function ProblemFlag({ keys }: { keys: readonly string[] }) {
  const { t } = useTranslation();
  const editor = useEditor();
  const lang = useUiLang();
  const summary = useStore(problemMarks, (marks) => markSummary(marks, keys, lang));
  if (summary === '') return null;
  const [severity, ...messages] = summary.split('\n');
  return (
    // Interface text: left to right like the interface, also in a grid mirrored for an Arabic document.
    <span className={`problem-flag severity-${severity}`} dir="ltr" onClick={() => editor.panelTab.set('problems')}>
      <span className="problem-sign" aria-hidden="true">
        {severity === 'error' ? '✖' : '⚠'}
      </span>
      <span className="problem-tip">
        {messages.map((message, index) => (
          <span key={index} className="problem-tip-line">
            {t(`problems.severity.${severity}`)}: {message}
          </span>
        ))}
      </span>
    </span>
  );
}
