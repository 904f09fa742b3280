// Runs everywhere (shared). The style sheet of the HTML exports, inlined into every file (no
// remote resources): UN document look — Times New Roman for Latin, SimSun (宋体) or another
// Song face for Chinese, Simplified Arabic or another Naskh face for Arabic — A4 print pages,
// and tables whose header repeats on every printed page and whose rows never split across
// pages. Sides are said by their logical names (start and end, inline and block), so an
// Arabic part (dir="rtl") mirrors as a whole: labels hang on the right, the masthead's
// symbols stand on the left, the annex's date and time column is the rightmost.
const LATIN = '"Times New Roman", Times, "Liberation Serif", "Nimbus Roman"';
const CHINESE = 'SimSun, "宋体", "Songti SC", "STSong", "Noto Serif CJK SC", "Source Han Serif SC", "Noto Serif SC"';
/** Naskh faces first: the Latin faces' Arabic (where they have one) is not the documents' face. */
const ARABIC = '"Simplified Arabic", "Traditional Arabic", "Arabic Typesetting", "Noto Naskh Arabic", Amiri, "Noto Sans Arabic", "DejaVu Sans"';

export const EXPORT_CSS = `
@page { size: A4; margin: 2cm 1.8cm 2cm 1.8cm; }
html { font-family: ${LATIN}, ${CHINESE}, serif; font-size: 11pt; line-height: 1.3; color: #000; background: #fff; }
/* The part, not every element in Chinese: headings keep their sizes, and an English part after a Chinese one its own. */
.language:lang(zh) { font-size: 10.5pt; line-height: 1.5; }
/* Arabic script is set larger than Latin at the same size, its headings with it; a
   left-to-right stretch inside it (a symbol, an English title) keeps the Latin face. Rules
   for one language name the element's own language (the part, or the element itself): an
   ancestor's :lang() would also match the root of a file whose first part is in that
   language, and so every other part. */
.language:lang(ar) { font-family: ${ARABIC}, ${LATIN}, serif; font-size: 12.5pt; line-height: 1.5; }
.language:lang(ar) :is(h2, h3, h4, h5) { font-size: 13pt; }
span[dir="ltr"]:lang(ar) { font-family: ${LATIN}, ${ARABIC}, serif; }
body { margin: 0 auto; max-width: 17.4cm; padding: 1em; }
@media print { body { padding: 0; max-width: none; } }
.language + .language { break-before: page; page-break-before: always; }
h1, h2, h3, h4, h5 { font-weight: bold; margin: 1em 0 0.5em; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
h1 { font-size: 14pt; }
h2 { font-size: 12pt; }
h3, h4 { font-size: 11pt; }
p { margin: 0 0 0.6em; }
.masthead { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 2pt solid #000; padding-bottom: 3pt; }
.masthead .organization { font-size: 12pt; font-weight: bold; }
.masthead .symbols { font-size: 14pt; font-weight: bold; text-align: end; }
.issue { display: flex; justify-content: space-between; align-items: flex-start; gap: 1em; padding: 4pt 0; border-bottom: 2pt solid #000; margin-bottom: 1.2em; }
.issue .convener { font-size: 12pt; font-weight: bold; max-width: 55%; }
.distribution { font-size: 10pt; text-align: end; }
.meetings { margin: 1em 0; }
.meeting { margin: 0 0 0.8em; }
.meeting .name { font-weight: bold; }
.document-title { font-size: 16pt; text-align: start; margin: 1.2em 0; }
.agenda ol { list-style: none; margin: 0 0 0.4em; padding: 0; }
/* Hanging labels ("1.", "(a)") by indentation, not flex: Word keeps it when pasted, and
   Chromium does not push flex headings to the next printed page. */
.agenda .entry, .annotation h4 { padding-inline-start: 2.4em; text-indent: -2.4em; margin: 0 0 0.3em; }
.agenda .entry.sub, .annotation.sub { margin-inline-start: 2.4em; }
/* An annotation's text, its cross-reference and its "Documentation" / "文件" list start where
   an item's title starts — a sub-item's too, as in the Word export. */
.annotation > p, .annotation > .documentation { margin-inline-start: 2.4em; }
.annotation.sub > p, .annotation.sub > .documentation { margin-inline-start: 0; }
.agenda .label, .annotation h4 .label { display: inline-block; width: 2.4em; text-indent: 0; }
.annotation { margin: 0 0 1em; }
/* The annotation that carries a note's mark prints the note at its end; kept on one page
   (when it fits), the note stays on the page of its mark. */
.annotation.noted { break-inside: avoid; page-break-inside: avoid; }
.annotation h4 { margin-bottom: 0.4em; }
.documentation h5 { font-size: 11pt; font-weight: bold; margin: 0.6em 0 0.3em; }
/* "Documentation" in italics in the Latin and Cyrillic scripts' documents (as SUBHEADING in the Word export); Chinese and Arabic in bold. */
.documentation h5:is(:lang(en), :lang(es), :lang(fr), :lang(ru)) { font-weight: normal; font-style: italic; }
.footnote { margin: 0.8em 0 0; font-size: 9pt; }
.footnote::before { content: ""; display: block; width: 30%; border-top: 0.5pt solid #000; margin-bottom: 0.3em; }
.footnote p { margin: 0; }
sup { font-size: 0.7em; line-height: 0; }
sup.note a { color: inherit; text-decoration: none; }
.annex-part { break-before: page; page-break-before: always; }
.annex-title { font-size: 12pt; text-align: center; }
table.annex { border-collapse: collapse; table-layout: fixed; width: 100%; font-size: 9.5pt; line-height: 1.25; }
table.annex:lang(ar) { font-size: 11pt; line-height: 1.4; }
table.annex:lang(ar) thead th.column { font-size: 10pt; }
table.annex th, table.annex td { text-align: start; vertical-align: top; padding: 2pt 3pt; font-weight: normal; }
table.annex thead { display: table-header-group; }
table.annex tr { break-inside: avoid; page-break-inside: avoid; }
table.annex thead tr:first-child th { border-top: 1pt solid #000; }
table.annex thead th.column { border-bottom: 1pt solid #000; font-size: 8.5pt; vertical-align: bottom; }
/* English column headers in italics, as UN tables set them, and so the French, Spanish and
   Russian ones; Chinese and Arabic type stays upright. */
table.annex thead th.column:is(:lang(en), :lang(es), :lang(fr), :lang(ru)) { font-style: italic; }
table.annex thead th.body { text-align: center; font-weight: bold; border-bottom: 0.5pt solid #000; }
/* A day's heading and its rows stay on one page when they fit. */
table.annex tbody.day { break-inside: avoid; page-break-inside: avoid; }
table.annex tbody tr.day th { font-weight: bold; padding-top: 6pt; break-after: avoid; page-break-after: avoid; }
table.annex tbody:last-of-type tr:last-child td { border-bottom: 1pt solid #000; }
table.annex td.title { overflow-wrap: anywhere; }
table.annex td.time { word-break: keep-all; }
`;
