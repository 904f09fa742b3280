// Runs everywhere (shared). A joint key is what the items of one joint discussion share in the
// session file ("other-matters", "questionnaire"), so it is short and readable: the first
// significant words of the English title, made unique. A title with no English (a Chinese
// agenda imported alone) gets `fallback`, e.g. "joint-5", until the officer pairs it.
import { uniqueId } from '../schedule/edit.ts';
import type { LangText } from '../model/types.ts';
import { significantWords } from './words.ts';

const KEY_WORDS = 4;

export function jointKeyFor(title: LangText, fallback: string, taken: Iterable<string>): string {
  const words = significantWords(title.en ?? '').slice(0, KEY_WORDS);
  return uniqueId(words.length > 0 ? words.join('-') : fallback, taken);
}

/** "joint-1-a" for item "1(a)": the fallback key of an item known only by its number. */
export const numberedJointKey = (number: string) => `joint-${number}`;
