// Runs in Node (tests). The agendas of the reference documents (../shared/reference/seeds), cut
// out of the documents by their lines, and the same agendas written in English in UN style.
import { readFileSync } from 'node:fs';

const SEEDS = new URL('../../../shared/reference/seeds/', import.meta.url);

/** Lines `from` to `to` (1-based, inclusive) of a seed; checks the passage starts where it should. */
function passage(file: string, from: number, to: number, startsWith: string): string {
  const lines = readFileSync(new URL(file, SEEDS), 'utf8').split('\n').slice(from - 1, to);
  if (!lines[0]!.startsWith(startsWith)) throw new Error(`${file}:${from} no longer starts with "${startsWith}": "${lines[0]}"`);
  return lines.join('\n');
}

/** CTOC/COP/WG.3/2017/1: the provisional agenda of the Working Group on International Cooperation. */
export const WG3_2017_ZH = passage('000_11f55c7f3503513d.txt', 25, 33, '1. 组织事项');
/** The same document: the agenda of the Working Group of Government Experts on Technical Assistance (with blank lines in it). */
export const WG2_2017_ZH = passage('000_11f55c7f3503513d.txt', 37, 46, '1. 组织事项');
/** Both agendas with the headings above them, as one would copy the section. */
export const BOTH_2017_ZH = passage('000_11f55c7f3503513d.txt', 23, 46, '国际合作工作组');
/** The adopted agenda of the 2020 (hybrid) meeting, from its report: half-width colons and semicolons. */
export const WG3_2020_ZH = passage('001_f1328a2c404c59c7.txt', 81, 87, '1. 组织事项');

/** The English WG.3 agenda in UN style: sub-items on their own lines, joint items marked by a footnote. */
export const WG3_2017_EN = `1. Organizational matters:
   (a) Opening of the meeting;
   (b) Adoption of the agenda and organization of work.
2. Transfer of criminal proceedings as a distinct form of international cooperation in criminal matters: practical considerations, good practices and challenges.
3. Good practices in bilateral consultations between central authorities, including preparation, follow-up of cases, training and participation.
4. Recent developments in obtaining electronic evidence.
5. Development of the questionnaire for the review of the implementation of the United Nations Convention against Transnational Organized Crime, in accordance with Conference resolution 8/2.*
6. Other matters.*
7. Adoption of the report.*

* Joint item of the Working Group on International Cooperation and the Working Group of Government Experts on Technical Assistance.`;

/** The English WG.2 agenda as pasted from a PDF: sub-items run together, a title wrapped over three lines, "(joint item)" markers. */
export const WG2_2017_EN = `Provisional agenda

1. Organizational matters: (a) Opening of the meeting; (b) Adoption of the agenda and organization of work.
2. Development of the questionnaire for the review of the implementation of the United Nations
   Convention against Transnational Organized Crime, in accordance with Conference resolution 8/2
   (joint item of the Working Group on International Cooperation and the Working Group of Government Experts on Technical Assistance).
3. Status of the provision of information by States parties on the implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto and related technical assistance.
4. Other matters (joint item).
5. Adoption of the report (joint item).`;
