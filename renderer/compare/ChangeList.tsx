// Runs in the renderer. A change list in groups (change-groups.ts), each change in the
// interface language. With `onReveal`, a change that is somewhere in the open copy is a button
// that goes there; the others (an item only the other copy has) are plain text.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Change } from '../../shared/merge/index.ts';
import type { ProblemLocation } from '../../shared/rules/index.ts';
import { HTML_LANG, useUiLang } from '../i18n.ts';
import { groupChanges } from './change-groups.ts';

interface ChangeListProps {
  changes: readonly Change[];
  /** Where a change is in the open copy, when it can be shown there. */
  locate?: (change: Change) => ProblemLocation | null;
  onReveal?: (location: ProblemLocation) => void;
  /** Heading level of the group names: h3 in the panel, h4 inside the merge dialog. */
  level?: 3 | 4;
}

export function ChangeList({ changes, locate, onReveal, level = 3 }: ChangeListProps) {
  const { t } = useTranslation('compare');
  const uiLang = useUiLang();
  const id = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="change-list" lang={HTML_LANG[uiLang]}>
      {groupChanges(changes).map(({ group, changes: inGroup }) => (
        <section key={group} className="change-group" aria-labelledby={`${id}-${group}`} data-group={group}>
          <Heading id={`${id}-${group}`} className="change-group-heading">
            {t(`group.${group}`, { count: inGroup.length })}
          </Heading>
          <ul>
            {inGroup.map((change, index) => {
              const location = onReveal ? (locate?.(change) ?? null) : null;
              const text = change.message[uiLang];
              return (
                <li key={index} className={`change change-${change.kind}`} data-kind={change.kind}>
                  {location && onReveal ? (
                    <button type="button" className="link-button change-text" onClick={() => onReveal(location)}>
                      {text}
                    </button>
                  ) : (
                    <span className="change-text">{text}</span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
