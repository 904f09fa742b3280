// Runs everywhere (shared). The whole "Provisional agenda and annotations" / "临时议程和说明"
// document as one HTML file: masthead (with the convening organ), the bodies with their
// dates and venue, the title, each body's agenda, the annotations with their documentation
// lists (and the cross-references), and the annex on a new page. A browser prints no
// footnotes of its own, so a note is printed at the end of the annotation whose heading
// first refers to it, and that annotation is kept on one page when it fits: the note stays
// on the page of its mark. The text is deriveAgendaDocument's, as in the Word export; this
// file only marks it up.
import type { DocLang } from '../../i18n.ts';
import type { Session } from '../../model/types.ts';
import { deriveAgendaDocument, type AgendaDocument, type AnnotationSection } from '../../schedule/agenda-document/index.ts';
import { languagesOf, type DocumentLanguage } from '../document-language.ts';
import { NoteNumbers } from '../note-numbers.ts';
import { annexTableHtml } from './annex-table.ts';
import { bidiText } from './bidi-text.ts';
import { html, type Html } from './escape.ts';
import { htmlPage, languagePart } from './page.ts';

/** The footnote numbers (shared with the Word export). */
class Footnotes {
  private readonly numbers = new NoteNumbers();

  startVersion(): void {
    this.numbers.startVersion();
  }

  /** The mark, and the note itself where the mark is its first reference. */
  reference(text: string, lang: DocLang): { mark: Html; note: Html | null } {
    const { number, first } = this.numbers.reference(text);
    // A word joiner keeps the mark on the line of the word it annotates.
    const mark = html`\u2060<sup class="note"><a href="#${lang}-note-${number}">${number}</a></sup>`;
    return { mark, note: first ? html`<div class="footnote" id="${lang}-note-${number}" role="note"><p><sup>${number}</sup> ${bidiText(text, lang)}</p></div>\n` : null };
  }
}

function frontMatter(doc: AgendaDocument): Html {
  const { masthead, lang } = doc;
  const text = (value: string | undefined) => bidiText(value, lang);
  const meetings = doc.bodies.map(
    (body) => html`<p class="meeting"><span class="name">${text(body.name)}</span><br>${text(body.datesAndVenue)}</p>\n`,
  );
  return html`<header class="masthead">
<div class="organization">${text(masthead.organization)}</div>
<div class="symbols">${masthead.symbols.map((symbol, i) => html`${i > 0 ? html`<br>` : null}${text(symbol)}`)}</div>
</header>
<div class="issue">
<div class="convener">${text(masthead.convener ?? '')}</div>
<div class="distribution">${masthead.lines.map((line, i) => html`${i > 0 ? html`<br>` : null}${text(line)}`)}</div>
</div>
<div class="meetings">
${meetings}</div>
<h1 class="document-title">${text(doc.title)}</h1>`;
}

function agendas(doc: AgendaDocument): Html[] {
  const text = (value: string) => bidiText(value, doc.lang);
  return doc.bodies.map((body) => {
    const entries = body.agenda.map(
      (entry) => html`<li class="entry${entry.level > 0 ? ' sub' : ''}"><span class="label">${text(entry.label)}</span><span class="text">${text(entry.text)}</span></li>\n`,
    );
    return html`<section class="agenda">
<h2>${text(body.name)}</h2>
<ol>
${entries}</ol>
</section>\n`;
  });
}

function annotation(section: AnnotationSection, doc: AgendaDocument, notes: Footnotes): Html {
  const { mark, note } = section.note === undefined ? { mark: null, note: null } : notes.reference(section.note, doc.lang);
  const text = (value: string) => bidiText(value, doc.lang);
  const documentation =
    section.documents.length === 0
      ? null
      : html`<div class="documentation">
<h5>${text(doc.headings.documentation)}</h5>
${section.documents.map((entry) => html`<p>${text(entry)}</p>\n`)}</div>\n`;
  return html`<div class="annotation${section.level > 0 ? ' sub' : ''}${note ? ' noted' : ''}">
<h4><span class="label">${text(section.label)}</span><span>${text(section.heading)}${mark}</span></h4>
${section.crossReference === undefined ? null : html`<p class="cross-reference">${text(section.crossReference)}</p>\n`}${section.paragraphs.map((paragraph) => html`<p>${text(paragraph)}</p>\n`)}${documentation}${note}</div>\n`;
}

function annotations(doc: AgendaDocument, notes: Footnotes): Html {
  const bodies = doc.bodies.map(
    (body) => html`<section>
<h3>${bidiText(body.name, doc.lang)}</h3>
${body.annotations.map((section) => annotation(section, doc, notes))}</section>\n`,
  );
  return html`<section class="annotations">
<h2>${bidiText(doc.headings.annotations, doc.lang)}</h2>
${bodies}</section>\n`;
}

function documentVersion(doc: AgendaDocument, notes: Footnotes, pageLang: DocLang): Html {
  notes.startVersion();
  return languagePart(
    doc.lang,
    html`${frontMatter(doc)}
${agendas(doc)}${annotations(doc, notes)}<section class="annex-part">
<h2 class="annex-heading">${bidiText(doc.headings.annex, doc.lang)}</h2>
<h2 class="annex-title">${bidiText(doc.annex.title, doc.lang)}</h2>
${annexTableHtml(doc.annex, doc.annexBodiesHeading)}
</section>`,
    pageLang,
  );
}

export function documentToHtml(session: Session, choice: DocumentLanguage): string {
  const docs = languagesOf(choice, session).map((lang) => deriveAgendaDocument(session, lang));
  const notes = new Footnotes();
  const parts = docs.map((doc) => documentVersion(doc, notes, docs[0]!.lang));
  const symbols = docs[0]!.masthead.symbols;
  const title = [...(symbols.length > 0 ? [symbols.join(', ')] : []), ...docs.map((doc) => doc.title)].join(' — ');
  return htmlPage(docs[0]!.lang, title, html`${parts}`);
}
