// Runs in the renderer. What the plan checks (shared/rules) find, most serious first, each
// with a button that goes to the place at fault. Recomputed after every edit (deferred: see
// useDeferredSession).
import { useTranslation } from 'react-i18next';
import type { Session } from '../../shared/model/types.ts';
import { countBySeverity, type ProblemLocation, type Severity } from '../../shared/rules/index.ts';
import { textIn } from '../../shared/format/text.ts';
import type { Lang } from '../../shared/i18n.ts';
import { itemName, slotName } from '../state/place-names.ts';
import { useUiLang } from '../i18n.ts';
import { useDeferredSession, useEditor } from '../state/context.tsx';
import { annexOf, problemsIn } from '../state/derived.ts';
import { reveal } from './reveal.ts';

export function ProblemsPanel() {
  const { t } = useTranslation();
  const editor = useEditor();
  const session = useDeferredSession()!;
  const uiLang = useUiLang();
  const problems = problemsIn(session);
  if (problems.length === 0) return <p className="problems-none">{t('problems.none')}</p>;
  // One group per severity, most serious first, each with its count in its heading.
  const groups = SEVERITIES.map((severity) => ({ severity, problems: problems.filter((p) => p.severity === severity) })).filter((g) => g.problems.length > 0);
  return (
    <div className="problems">
      {groups.map((group) => (
        <section key={group.severity} className={`problem-group severity-${group.severity}`} aria-labelledby={`problems-${group.severity}`}>
          <h3 id={`problems-${group.severity}`} className="problem-group-heading">
            {t(`problems.${GROUP_KEY[group.severity]}`, { count: group.problems.length })}
          </h3>
          <ul>
            {group.problems.map((problem, index) => (
              <li key={index} className="problem">
                <span className="problem-severity">{t(`problems.severity.${problem.severity}`)}</span>
                <span className="problem-message">{problem.message[uiLang]}</span>
                <button type="button" className="link-button problem-where" onClick={() => reveal(editor, session, problem.location)}>
                  {placeName(session, problem.location, uiLang, t)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const GROUP_KEY: Record<Severity, string> = { error: 'errors', warning: 'warnings', info: 'notes' };

/** The place of a problem in words a person finds in the window. */
function placeName(session: Session, location: ProblemLocation, lang: Lang, t: (key: string, params?: Record<string, unknown>) => string): string {
  switch (location.kind) {
    case 'session':
      return t('inspector.session');
    case 'body':
      return textIn(session.bodies.find((b) => b.id === location.body)?.name, lang) || location.body;
    case 'item':
    case 'document':
      return itemName(session, location.item, lang);
    case 'day': {
      const index = session.days.findIndex((d) => d.date === location.date);
      return annexOf(session, lang).days[index]?.label ?? location.date;
    }
    case 'slot':
      return slotName(session, location, lang);
    case 'row':
      return t('problems.row', { slot: slotName(session, location, lang), row: location.row + 1 });
  }
}

/** "2 errors · 3 warnings": for the tab and the status bar. */
export function useProblemCounts(): Record<Severity, number> {
  const session = useDeferredSession()!;
  return countBySeverity(problemsIn(session));
}
