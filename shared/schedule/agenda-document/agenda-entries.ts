// Runs everywhere (shared). One body's provisional agenda as lines of text, punctuated as UN
// agendas are: "1. 组织事项：", "(a) 会议开幕；", "(b) 通过议程和工作安排。", and joint items
// marked — naming the bodies the first time a set of bodies appears in the agenda
// ("（国际合作工作组和技术援助问题政府专家工作组的联合项目）"), briefly after that ("（联合项目）").
import { label, type Lang } from '../../i18n.ts';
import { withoutTrailingPunctuation } from '../../format/punctuation.ts';
import { textIn } from '../../format/text.ts';
import type { Item } from '../../model/types.ts';
import type { OutlinedItem } from './outline.ts';
import { bodyList } from './joint.ts';

export interface AgendaEntry {
  itemId: string;
  level: number;
  /** "1." or "(a)". */
  label: string;
  /** Title with its punctuation and joint mark. */
  text: string;
}

function stopOf(entry: OutlinedItem): string {
  if (entry.hasSubItems) return 'doc:agenda.colon';
  return entry.listContinues ? 'doc:agenda.semicolon' : 'doc:agenda.stop';
}

/**
 * @param partners joint key -> its items in body order (see jointPartners)
 * @param bodyName body id -> name in `lang`
 */
export function agendaEntries(outline: readonly OutlinedItem[], partners: ReadonlyMap<string, Item[]>, bodyName: (id: string) => string, lang: Lang): AgendaEntry[] {
  const namedSets = new Set<string>();
  const jointMark = (item: Item): string => {
    const joined = item.joint === undefined ? undefined : partners.get(item.joint);
    if (!joined) return '';
    const bodies = joined.map((partner) => partner.body);
    const set = bodies.join('\u0000');
    if (namedSets.has(set)) return label('doc:agenda.joint', lang);
    namedSets.add(set);
    return label('doc:agenda.jointOf', lang, { bodies: bodyList(bodies.map(bodyName), lang) });
  };
  return outline.map((entry) => ({
    itemId: entry.item.id,
    level: entry.level,
    label: entry.label,
    text: label('doc:agenda.entry', lang, {
      title: withoutTrailingPunctuation(textIn(entry.item.title, lang)),
      joint: jointMark(entry.item),
      stop: label(stopOf(entry), lang),
    }),
  }));
}
