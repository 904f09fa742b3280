// Runs everywhere (shared). The session file format v1 (DESIGN.md §2) as TypeScript types.
// Objects read from a file may carry fields a newer minor version added; they are kept at
// run time (serializeSession writes them back) but are invisible to these types on purpose,
// so a typo in our own code is a compile error rather than an "unknown field".
import type { DocLang, Lang } from '../i18n.ts';

export const SESSION_FORMAT = 'orgwork-session';
/** The major version this build reads and writes. */
export const CURRENT_VERSION = 1;

export type LangText = Partial<Record<DocLang, string>>;

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
  /**
   * Id of another body's item whose annotation this item's stands for: the document prints
   * "see the annotation of item 1(b) of …" instead of an annotation (2017: the technical
   * assistance group's 1(b), which is not joint). Joint items refer to their leading item
   * without it.
   */
  seeAnnotationOf?: string;
  /** Where this item's agenda line departs from the session's conventions. */
  conventions?: ItemConventions;
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

/** Who may receive the document: the masthead's "Distr.: General" or "Distr.: Limited". */
export const DISTRIBUTIONS = ['general', 'limited'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** In-person, or hybrid: most participants connect remotely, with remote interpretation. */
export const MEETING_FORMATS = ['in-person', 'hybrid'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/**
 * Where participants of a hybrid session are, by default: the regions the 2020 working group
 * timed its meetings for (New York, Nairobi, Beijing, Bangkok, Buenos Aires).
 */
export const DEFAULT_DISPLAY_TIME_ZONES: readonly string[] = [
  'America/New_York',
  'Africa/Nairobi',
  'Asia/Shanghai',
  'Asia/Bangkok',
  'America/Argentina/Buenos_Aires',
];

/** One interpretation team unless the file says more: bodies meet one after another. */
export const DEFAULT_PARALLEL_LIMIT = 1;

/**
 * Where this version of the session comes from. `revision` is the SHA-256 (hex) of the file's
 * text without its lineage; `parent` the revision it was edited from (absent for a first
 * save); `merged` the revisions of other copies brought in by a merge.
 */
export interface Lineage {
  revision: string;
  parent?: string;
  merged?: string[];
}

/**
 * A version of the session that was sent out under a name ("Draft 2 to the Bureau"). The file
 * carries its own history, so a colleague who receives it sees the same list.
 */
export interface NamedVersion {
  name: string;
  /** When it was marked as sent (ISO 8601 instant). */
  sent: string;
  /**
   * What changed since the previous named version, as the change list read when this one was
   * marked, in both languages (a changelog is a record: it is not recomputed). Absent for
   * the first named version.
   */
  changes?: Record<Lang, string>[];
  /**
   * The session as it was sent (without its versions and lineage), kept by the latest named
   * version only: the next version's change list is computed from it. Checked when used.
   */
  content?: unknown;
}

/**
 * Where an agenda writes the joint mark: after the closing full stop (the Chinese 2017
 * agenda: "…实施情况。（…的联合项目）") or before it ("其他事项（联合项目）。"). Absent: where
 * the language puts it (doc:agenda.entry: after in Chinese, before in English).
 */
export const JOINT_MARK_PLACES = ['after-stop', 'before-stop'] as const;
export type JointMarkPlace = (typeof JOINT_MARK_PLACES)[number];
/**
 * "named-first": the bodies are named the first time a set of bodies shares an item in an
 * agenda, the short mark after that (2017); "named": always; "short": never.
 */
export const JOINT_MARK_FORMS = ['named-first', 'named', 'short'] as const;
export type JointMarkForm = (typeof JOINT_MARK_FORMS)[number];
/** The bodies named in a joint mark: in the session's order (2017), or the agenda's own body first. */
export const JOINT_BODY_ORDERS = ['session', 'own-first'] as const;
export type JointBodyOrder = (typeof JOINT_BODY_ORDERS)[number];
/**
 * The footnote on a joint item's annotation: "by the two working groups" (2017), naming the
 * bodies, or no footnote.
 */
export const JOINT_NOTES = ['count', 'named', 'none'] as const;
export type JointNote = (typeof JOINT_NOTES)[number];
/** "Provisional agenda and annotations" (2017) or "Annotated provisional agenda". */
export const TITLE_VARIANTS = ['annotations', 'annotated'] as const;
export type TitleVariant = (typeof TITLE_VARIANTS)[number];

/** What an item may do differently from its session's agenda. */
export interface ItemConventions {
  jointMarkPlace?: JointMarkPlace;
  jointMarkForm?: JointMarkForm;
  jointBodyOrder?: JointBodyOrder;
  jointNote?: JointNote;
}

/** How the year's document writes what Orgwork derives; absent fields take DEFAULT_CONVENTIONS (2017). */
export interface DocumentConventions extends ItemConventions {
  /** Absent: the session's title, or the "annotations" variant when it has none. */
  titleVariant?: TitleVariant;
  /** "Working groups" / "工作组" over the bodies' names in the annex header. */
  annexBodiesHeader?: boolean;
}

type Defaulted = Omit<DocumentConventions, 'titleVariant' | 'jointMarkPlace'>;

export const DEFAULT_CONVENTIONS: Required<Defaulted> = {
  jointMarkForm: 'named-first',
  jointBodyOrder: 'session',
  jointNote: 'count',
  annexBodiesHeader: true,
};

/** The session's conventions, with an item's own where it has them, the 2017 ones for what neither says. */
export function conventionsOf(session: Session, item?: Item): Required<Defaulted> & Pick<DocumentConventions, 'titleVariant' | 'jointMarkPlace'> {
  return { ...DEFAULT_CONVENTIONS, ...session.conventions, ...item?.conventions };
}

export interface AnnexOptions {
  showYear?: boolean;
  markJoint?: boolean;
}

export interface Session {
  format: typeof SESSION_FORMAT;
  version: number;
  id: string;
  /** Optional: absent in files saved before lineage was recorded. */
  lineage?: Lineage;
  title: LangText;
  /** The organ that convenes the bodies (the masthead's "Conference of the Parties to …"). */
  convener?: LangText;
  venue?: LangText;
  timeZone?: string;
  /** Date of issue of the document (YYYY-MM-DD), shown in the masthead. */
  issued?: string;
  /** Absent means general distribution. */
  distribution?: Distribution;
  /** The language the document was written in; the others are translations. */
  originalLanguage?: DocLang;
  languages?: DocLang[];
  /** Absent means in person. */
  meetingFormat?: MeetingFormat;
  /** How many meetings can run at once (interpretation teams); absent means DEFAULT_PARALLEL_LIMIT. */
  parallelLimit?: number;
  /** IANA time zones a hybrid session shows its meeting times in; absent means DEFAULT_DISPLAY_TIME_ZONES. */
  displayTimeZones?: string[];
  annex?: AnnexOptions;
  /** The agenda document's conventions; absent means those of 2017. */
  conventions?: DocumentConventions;
  bodies: Body[];
  items: Item[];
  days: Day[];
  /** Versions marked as sent, oldest first; absent when none was. */
  versions?: NamedVersion[];
}

export const DEFAULT_ANNEX_OPTIONS: Required<AnnexOptions> = { showYear: false, markJoint: true };

export function annexOptions(session: Session): Required<AnnexOptions> {
  return { ...DEFAULT_ANNEX_OPTIONS, ...session.annex };
}

export function parallelLimitOf(session: Session): number {
  return session.parallelLimit ?? DEFAULT_PARALLEL_LIMIT;
}

export function displayTimeZonesOf(session: Session): readonly string[] {
  return session.displayTimeZones ?? DEFAULT_DISPLAY_TIME_ZONES;
}
