// Runs everywhere (shared). Agendas pasted as text into items, their language versions merged, joint
// items paired across bodies, and the result added to a session.
export * from './types.ts';
export { parseAgenda } from './parse-agenda.ts';
export { guessLang } from './guess-lang.ts';
export { parseAgendas, type HeadedAgenda } from './split-agendas.ts';
export { mergeBilingual, mergeLanguages, inLanguage, type LanguageVersion } from './merge-bilingual.ts';
export { addImportedItems, type AddImportedResult } from './add-items.ts';
export { proposeJointPairs, applyJointPairs, subItemPartners, jointItemsOf, MIN_PAIR_SCORE, type JointPair, type JointPairProposal, type JointPairing } from './joint-pairing.ts';
export { titleSimilarity, chineseSimilarity, englishSimilarity } from './similarity.ts';
export { jointKeyFor } from './joint-key.ts';
