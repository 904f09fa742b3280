// Runs everywhere (shared). Agendas pasted as text into items, both languages merged, joint
// items paired across bodies, and the result added to a session.
export * from './types.ts';
export { parseAgenda, guessLang } from './parse-agenda.ts';
export { parseAgendas, type HeadedAgenda } from './split-agendas.ts';
export { mergeBilingual, inLanguage } from './merge-bilingual.ts';
export { addImportedItems, type AddImportedResult } from './add-items.ts';
export { proposeJointPairs, applyJointPairs, subItemPartners, jointItemsOf, MIN_PAIR_SCORE, type JointPair, type JointPairProposal, type JointPairing } from './joint-pairing.ts';
export { titleSimilarity, chineseSimilarity, englishSimilarity } from './similarity.ts';
export { jointKeyFor } from './joint-key.ts';
