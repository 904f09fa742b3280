// Runs in Node (tests). The 2017 fixture completed with what the whole document needs: the
// masthead fields and annotations, the Chinese taken from the 2017 document
// (../shared/reference/seeds/000_11f55c7f3503513d.txt), the English written to match.
// wg2-2 has no annotation of its own, so the document refers to wg3-5's; wg2-4 has its own.
import type { LangText, Session } from '../../shared/model/index.ts';
import { fixtureSession } from './fixtures.ts';

export const ANNOTATIONS: Record<string, LangText> = {
  'wg3-1a': {
    en: 'The eighth meeting of the Working Group on International Cooperation will be opened at 10 a.m. on Monday, 9 October 2017.',
    zh: '国际合作工作组第八次会议将于 2017 年 10 月 9 日星期一上午 10 时开幕。',
  },
  'wg3-1b': {
    en: 'The extended Bureau of the Conference agreed, at its meeting held on 8 February 2017, to hold the meetings of the two working groups back to back from 9 to 13 October 2017.\n\nThe joint meeting on item 5 is scheduled for Wednesday, 11 October, and Thursday, 12 October 2017.',
    zh: '联合国打击跨国有组织犯罪公约缔约方会议扩大主席团在 2017 年 2 月 8 日举行的会议上商定，在 2017 年 10 月 9 日至 13 日背靠背举行国际合作工作组和技术援助问题政府专家工作组的会议。\n\n讨论共同议程项目的联席会议定于 2017 年 10 月 11 日星期三和 2017 年 10 月 12 日星期四举行。',
  },
  'wg3-2': {
    en: 'Article 21 of the Convention deals with the transfer of criminal proceedings.\nThe Working Group may wish to explore the links between the transfer of criminal proceedings and mutual legal assistance.',
    zh: '《公约》第二十一条阐述了刑事诉讼移交。\n工作组不妨在议程项目 2 下探讨刑事诉讼移交与《公约》关于司法协助的第十八条之间的联系。',
  },
  'wg3-5': {
    en: 'In its resolution 8/2, the Conference decided to establish the Mechanism for the Review of the Implementation of the Convention and the Protocols thereto.',
    zh: '缔约方会议在第 8/2 号决议中决定，继续设立《联合国打击跨国有组织犯罪公约》及其各项议定书实施情况审议机制。',
  },
  'wg3-6': {
    en: 'As no issues to be raised under item 6 have come to the attention of the Secretariat, no documentation is currently envisaged.',
    zh: '鉴于秘书处尚未注意到需在议程项目 6 下提出任何议题，目前预期不会有任何关于这一项目的文件。',
  },
  'wg2-1a': {
    en: 'The tenth meeting of the Working Group of Government Experts on Technical Assistance will be opened at 10 a.m. on Wednesday, 11 October 2017.',
    zh: '技术援助问题政府专家工作组第十次会议将于 2017 年 10 月 11 日星期三上午 10 时开幕。',
  },
  'wg2-3': {
    en: 'Under article 32 of the Convention, each State party shall provide the Conference with information on its programmes, plans and practices.',
    zh: '依照《公约》第三十二条，每个缔约国均应按照缔约方会议的要求，向其提供有关本国实施《公约》的方案、计划和做法的资料。',
  },
  'wg2-4': {
    en: 'As no issues to be raised under item 4 have come to the attention of the Secretariat, no documentation is currently envisaged.',
    zh: '鉴于秘书处尚未注意到需在项目 4 下提出任何议题，目前预期不会有任何关于这一项目的文件。',
  },
};

export function annotatedSession(): Session {
  const session = fixtureSession();
  return {
    ...session,
    issued: '2017-07-19',
    distribution: 'general',
    originalLanguage: 'en',
    items: session.items.map((item) => (ANNOTATIONS[item.id] ? { ...item, annotation: ANNOTATIONS[item.id] } : item)),
  };
}
