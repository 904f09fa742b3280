// Runs everywhere (shared). The named versions as a plain-text changelog for the cover email
// of the next draft: newest first, each with the date it was sent and what changed since the
// version before it.
import { format } from 'date-fns';
import { label, type Lang } from '../i18n.ts';
import { dateLabel } from '../format/dates.ts';
import { textIn } from '../format/text.ts';
import { withoutInvalidChars } from '../export/safe-text.ts';
import type { NamedVersion, Session } from '../model/types.ts';

/** The calendar day (in this computer's time zone) a version was sent, as UN documents write a date. */
export function sentDateLabel(version: NamedVersion, lang: Lang): string {
  const instant = new Date(version.sent);
  return Number.isNaN(instant.getTime()) ? version.sent : dateLabel(format(instant, 'yyyy-MM-dd'), lang);
}

/** The lines that say what changed in `version` (the `index`-th named version). */
export function versionChangeLines(version: NamedVersion, index: number, lang: Lang): string[] {
  if (index === 0) return [label('versions:changelog.first', lang)];
  if (!version.changes) return [label('versions:changelog.unknown', lang)];
  if (version.changes.length === 0) return [label('versions:changelog.none', lang)];
  return version.changes.map((change) => change[lang]);
}

export function versionChangelog(session: Session, lang: Lang): string {
  const versions = session.versions ?? [];
  const lines = [label('versions:changelog.heading', lang, { title: textIn(session.title, lang) }), ''];
  if (versions.length === 0) lines.push(label('versions:changelog.empty', lang));
  for (let index = versions.length - 1; index >= 0; index--) {
    const version = versions[index]!;
    lines.push(label('versions:changelog.version', lang, { name: version.name, date: sentDateLabel(version, lang) }));
    for (const text of versionChangeLines(version, index, lang)) lines.push(label('versions:changelog.bullet', lang, { text }));
    lines.push('');
  }
  // Like every other export: no control characters from a title or a version's name.
  return withoutInvalidChars(`${lines.join('\n').trimEnd()}\n`);
}
