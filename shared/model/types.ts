// Runs everywhere (shared). The session file format v1 (DESIGN.md §2) as TypeScript types.
// Objects read from a file may carry fields a newer minor version added; they are kept at
// run time (serializeSession writes them back) but are invisible to these types on purpose,
// so a typo in our own code is a compile error rather than an "unknown field".
import type { Lang } from '../i18n.ts';

export const SESSION_FORMAT = 'orgwork-session';
/** The major version this build reads and writes. */
export const CURRENT_VERSION = 1;

export type LangText = Partial<Record<Lang, string>>;

export interface DocumentRef {
  symbol: string;
  title?: LangText;
}

export interface Body {
  id: string;
  name: LangText;
  meeting?: LangText;
  symbol?: string;
  from: string;
  to: string;
}

export interface Item {
  id: string;
  body: string;
  /** Display label; "1(a)" is a sub-item of "1". */
  number: string;
  title: LangText;
  annexTitle?: LangText;
  shortTitle?: LangText;
  /** Items of several bodies sharing this key are one joint discussion. */
  joint?: string;
  annotation?: LangText;
  documents?: DocumentRef[];
}

/** body id -> item id; at most one item per body. */
export type Row = Record<string, string>;

export interface Slot {
  start: string;
  end: string;
  rows: Row[];
}

export interface Day {
  date: string;
  slots: Slot[];
}

export interface AnnexOptions {
  showYear?: boolean;
  markJoint?: boolean;
}

export interface Session {
  format: typeof SESSION_FORMAT;
  version: number;
  id: string;
  title: LangText;
  venue?: LangText;
  timeZone?: string;
  languages?: Lang[];
  annex?: AnnexOptions;
  bodies: Body[];
  items: Item[];
  days: Day[];
}

export const DEFAULT_ANNEX_OPTIONS: Required<AnnexOptions> = { showYear: false, markJoint: true };

export function annexOptions(session: Session): Required<AnnexOptions> {
  return { ...DEFAULT_ANNEX_OPTIONS, ...session.annex };
}
