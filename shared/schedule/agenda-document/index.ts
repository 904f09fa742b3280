// Runs everywhere (shared). deriveAgendaDocument: the whole "Provisional agenda and
// annotations" / "临时议程和说明" document as text, in one language — masthead, the bodies
// with their meeting, dates and venue, each body's agenda, the annotations and the annex.
// Like deriveAnnex for the table, it is the single source of every document export (DOCX,
// HTML): they lay this out and never compose labels themselves.
import { label, type DocLang } from '../../i18n.ts';
import { dateRangeLabel } from '../../format/dates.ts';
import { capitalized, textIn } from '../../format/text.ts';
import { conventionsOf, type Body, type Session } from '../../model/types.ts';
import { deriveAnnex, type AnnexTable } from '../annex.ts';
import { agendaEntries, type AgendaEntry } from './agenda-entries.ts';
import { annotationSections, type AnnotationSection } from './annotations.ts';
import { jointPartners } from './joint.ts';
import { masthead, type Masthead } from './masthead.ts';
import { outlineAgenda } from './outline.ts';

export type { AgendaEntry } from './agenda-entries.ts';
export type { AnnotationSection } from './annotations.ts';
export type { Masthead } from './masthead.ts';

export interface AgendaDocumentBody {
  id: string;
  name: string;
  /** "Eighth meeting" / "第八次会议". */
  meeting?: string;
  /** "Vienna, 9–13 October 2017" / "2017年10月9日至13日，维也纳". */
  datesAndVenue: string;
  agenda: AgendaEntry[];
  annotations: AnnotationSection[];
}

export interface AgendaDocument {
  lang: DocLang;
  masthead: Masthead;
  /** "Provisional agenda and annotations" / "临时议程和说明". */
  title: string;
  bodies: AgendaDocumentBody[];
  headings: { annotations: string; documentation: string; annex: string };
  annex: AnnexTable;
  /** "Working groups" / "工作组" over the bodies' names in the annex header, when the conventions want it. */
  annexBodiesHeading?: string;
}

function datesAndVenue(session: Session, body: Body, lang: DocLang): string {
  const dates = dateRangeLabel(body.from, body.to, lang);
  const venue = textIn(session.venue, lang);
  return venue ? label('doc:document.datesAndVenue', lang, { dates, venue }) : dates;
}

/** "Working groups" / "工作组" over the bodies' names in the annex header, when the session's conventions want it (the annex alone has it too). */
export function annexBodiesHeading(session: Session, lang: DocLang): string | undefined {
  return conventionsOf(session).annexBodiesHeader ? label('doc:annex.bodies', lang) : undefined;
}

/** The conventions' title variant when the session chose one, else the session's title (files before conventions). */
function documentTitle(session: Session, lang: DocLang): string {
  const variant = session.conventions?.titleVariant;
  if (variant) return label(`doc:document.title.${variant}`, lang);
  return textIn(session.title, lang) || label('doc:document.title.annotations', lang);
}

export function deriveAgendaDocument(session: Session, lang: DocLang): AgendaDocument {
  const partners = jointPartners(session);
  const bodiesById = new Map(session.bodies.map((body) => [body.id, body]));
  const bodyName = (id: string) => textIn(bodiesById.get(id)?.name, lang);
  const bodies = session.bodies.map((body): AgendaDocumentBody => {
    const outline = outlineAgenda(session.items.filter((item) => item.body === body.id), lang);
    const meeting = textIn(body.meeting, lang);
    return {
      id: body.id,
      name: textIn(body.name, lang),
      ...(meeting ? { meeting: capitalized(meeting) } : {}),
      datesAndVenue: datesAndVenue(session, body, lang),
      agenda: agendaEntries(session, outline, partners, bodyName, lang),
      annotations: annotationSections(session, outline, partners, lang),
    };
  });
  const bodiesHeading = annexBodiesHeading(session, lang);
  return {
    lang,
    masthead: masthead(session, lang),
    title: documentTitle(session, lang),
    bodies,
    headings: {
      annotations: label('doc:document.annotations', lang),
      documentation: label('doc:document.documentation', lang),
      annex: label('doc:document.annex', lang),
    },
    annex: deriveAnnex(session, lang),
    ...(bodiesHeading === undefined ? {} : { annexBodiesHeading: bodiesHeading }),
  };
}
