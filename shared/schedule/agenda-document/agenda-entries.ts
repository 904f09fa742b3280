// Runs everywhere (shared). One body's provisional agenda as lines of text, punctuated as UN
// agendas are: "1. 组织事项：", "(a) 会议开幕；", "(b) 通过议程和工作安排。", and joint items
// marked as the session's conventions say (Chinese 2017: after the full stop, naming the bodies the
// first time a set of bodies appears in the agenda — "（国际合作工作组和技术援助问题政府专家
// 工作组的联合项目）" — briefly after that: "（联合项目）"). Only an item's own joint key is
// marked: a heading's mark stays on the heading, as the agenda was written.
import { label, type DocLang } from '../../i18n.ts';
import { withoutTrailingPunctuation } from '../../format/punctuation.ts';
import { textIn } from '../../format/text.ts';
import { conventionsOf, type Item, type JointMarkPlace, type Session } from '../../model/types.ts';
import type { OutlinedItem } from './outline.ts';
import { bodyList, jointBodies } from './joint.ts';

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

const ENTRY_TEMPLATE = { 'after-stop': 'doc:agenda.entryAfterStop', 'before-stop': 'doc:agenda.entryBeforeStop' } as const;
/** The conventions' place of the joint mark, or the language's own (doc:agenda.entry). */
const entryTemplate = (place: JointMarkPlace | undefined) => (place === undefined ? 'doc:agenda.entry' : ENTRY_TEMPLATE[place]);

/**
 * @param partners joint key -> its items in body order (see jointPartners)
 * @param bodyName body id -> name in `lang`
 */
export function agendaEntries(session: Session, outline: readonly OutlinedItem[], partners: ReadonlyMap<string, Item[]>, bodyName: (id: string) => string, lang: DocLang): AgendaEntry[] {
  const namedSets = new Set<string>();
  const jointMark = (item: Item): string => {
    const joined = item.joint === undefined ? undefined : partners.get(item.joint);
    if (!joined) return '';
    const { jointMarkForm, jointBodyOrder } = conventionsOf(session, item);
    const bodies = jointBodies(joined, item.body, jointBodyOrder);
    const set = [...bodies].sort().join('\u0000');
    const named = jointMarkForm === 'named' || (jointMarkForm === 'named-first' && !namedSets.has(set));
    namedSets.add(set);
    return named ? label('doc:agenda.jointOf', lang, { bodies: bodyList(bodies.map(bodyName), lang) }) : label('doc:agenda.joint', lang);
  };
  return outline.map((entry) => ({
    itemId: entry.item.id,
    level: entry.level,
    label: entry.label,
    text: label(entryTemplate(conventionsOf(session, entry.item).jointMarkPlace), lang, {
      title: withoutTrailingPunctuation(textIn(entry.item.title, lang)),
      joint: jointMark(entry.item),
      stop: label(stopOf(entry), lang),
    }),
  }));
}
