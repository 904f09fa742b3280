// Runs everywhere (shared). The zod schema of the session file: the shape only. Cross
// references (ids, numbers, placements) are checked by checkReferences, which needs the
// whole session at once.
import { z } from 'zod';
import { DOC_LANGS, type DocLang } from '../i18n.ts';
import { isCalendarDate, isTimeOfDay } from './calendar.ts';
import { DISTRIBUTIONS, JOINT_BODY_ORDERS, JOINT_MARK_FORMS, JOINT_MARK_PLACES, JOINT_NOTES, MEETING_FORMATS, SESSION_FORMAT, TITLE_VARIANTS, type Session } from './types.ts';

/** zod carries our message key through `error`; toParseErrors turns it into text. */
export const KEY_PREFIX = 'orgwork:';
const keyed = (key: string) => ({ error: `${KEY_PREFIX}${key}` });

const nonEmpty = z.string().min(1, keyed('value.empty'));
const date = z.string().refine(isCalendarDate, keyed('value.date'));
const time = z.string().refine(isTimeOfDay, keyed('value.time'));

// looseObject everywhere: fields of a newer minor version survive a load/save cycle.
const langText = z.looseObject(Object.fromEntries(DOC_LANGS.map((lang) => [lang, z.string().optional()])) as Record<DocLang, z.ZodOptional<z.ZodString>>);

const documentRef = z.looseObject({ symbol: nonEmpty, title: langText.optional() });

const body = z.looseObject({
  id: nonEmpty,
  name: langText,
  meeting: langText.optional(),
  symbol: z.string().optional(),
  from: date,
  to: date,
});

const itemConventions = {
  jointMarkPlace: z.enum(JOINT_MARK_PLACES).optional(),
  jointMarkForm: z.enum(JOINT_MARK_FORMS).optional(),
  jointBodyOrder: z.enum(JOINT_BODY_ORDERS).optional(),
  jointNote: z.enum(JOINT_NOTES).optional(),
};
const documentConventions = z.looseObject({
  ...itemConventions,
  titleVariant: z.enum(TITLE_VARIANTS).optional(),
  annexBodiesHeader: z.boolean().optional(),
});

const item = z.looseObject({
  id: nonEmpty,
  body: nonEmpty,
  number: nonEmpty,
  title: langText,
  annexTitle: langText.optional(),
  shortTitle: langText.optional(),
  joint: nonEmpty.optional(),
  annotation: langText.optional(),
  documents: z.array(documentRef).optional(),
  seeAnnotationOf: nonEmpty.optional(),
  conventions: z.looseObject(itemConventions).optional(),
});

const slot = z.looseObject({ start: time, end: time, rows: z.array(z.record(z.string(), nonEmpty)) });
const day = z.looseObject({ date, slots: z.array(slot) });
// Revisions are not checked for their form: a lineage is a hint for merging, never a reason
// to refuse a file (a newer version may name revisions differently).
const lineage = z.looseObject({ revision: nonEmpty, parent: nonEmpty.optional(), merged: z.array(nonEmpty).optional() });

const namedVersion = z.looseObject({
  name: nonEmpty,
  sent: nonEmpty,
  changes: z.array(z.looseObject({ en: z.string(), zh: z.string() })).optional(),
  // Checked as a session only when a change list is computed from it: a damaged copy of an
  // old version must not stop the file from opening.
  content: z.unknown().optional(),
});

export const sessionSchema = z.looseObject({
  format: z.literal(SESSION_FORMAT),
  version: z.number().int(),
  id: nonEmpty,
  lineage: lineage.optional(),
  title: langText,
  convener: langText.optional(),
  venue: langText.optional(),
  timeZone: z.string().optional(),
  issued: date.optional(),
  distribution: z.enum(DISTRIBUTIONS).optional(),
  originalLanguage: z.enum(DOC_LANGS).optional(),
  languages: z.array(z.enum(DOC_LANGS)).optional(),
  meetingFormat: z.enum(MEETING_FORMATS).optional(),
  parallelLimit: z.number().int(keyed('value.positiveInteger')).positive(keyed('value.positiveInteger')).optional(),
  // Not checked against the time zones this computer knows: the list differs between
  // machines, and a file must open everywhere. shared/rules reports unknown names instead.
  displayTimeZones: z.array(nonEmpty).optional(),
  annex: z.looseObject({ showYear: z.boolean().optional(), markJoint: z.boolean().optional() }).optional(),
  conventions: documentConventions.optional(),
  bodies: z.array(body),
  items: z.array(item),
  days: z.array(day),
  versions: z.array(namedVersion).optional(),
});

// The schema and the hand-written types must describe the same file.
type Parsed = z.infer<typeof sessionSchema>;
export const schemaMatchesTypes: (parsed: Parsed) => Session = (parsed) => parsed;
