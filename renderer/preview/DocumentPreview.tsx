// Runs in the renderer. The preview tab: the annex, or the whole agenda document. The whole
// document is the very HTML the document-html export writes (shared/export/html), shown in a
// shadow root so its style sheet applies to it alone. The page's Content-Security-Policy
// forbids inline styles, so the export's style sheet is given as a constructed sheet and its
// few style attributes (the annex's column widths) are set through the CSSOM — both allowed.
// It follows the deferred session: a whole document costs more than the annex, and typing
// in the grid does not wait for it.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentToHtml } from '../../shared/export/html/document-html.ts';
import { EXPORT_CSS } from '../../shared/export/html/styles.ts';
import { useDeferredSession, useDocLang, useShownLangs } from '../state/context.tsx';
import { documentDirection } from '../state/doc-langs.ts';
import { AnnexPreview } from './AnnexPreview.tsx';

type PreviewView = 'annex' | 'document';
const VIEWS: readonly PreviewView[] = ['annex', 'document'];

export function PreviewPanel() {
  const { t } = useTranslation('document');
  const [view, setView] = useState<PreviewView>('annex');
  return (
    <div className="preview-panel">
      <div className="preview-switch" role="group" aria-label={t('preview.show')}>
        {VIEWS.map((option) => (
          <button key={option} type="button" aria-pressed={view === option} onClick={() => setView(option)}>
            {t(`preview.${option}`)}
          </button>
        ))}
      </div>
      {view === 'annex' ? <AnnexPreview /> : <DocumentPreview />}
    </div>
  );
}

let previewSheet: CSSStyleSheet | undefined;
/** The export's style sheet, its page-level rules aimed at the shadow root's host and page. */
function documentSheet(): CSSStyleSheet {
  if (!previewSheet) {
    previewSheet = new CSSStyleSheet();
    previewSheet.replaceSync(`${EXPORT_CSS.replace(/^html \{/mu, ':host { display: block; ').replace(/^body \{/gmu, '.page {')}\n.page { background: #fff; box-shadow: 0 0 0 1px #d4d0c8; }`);
  }
  return previewSheet;
}

/**
 * The body of an exported HTML file as nodes of this page. Its style sheet is left out (the
 * constructed sheet stands for it) and its style attributes are renamed before parsing, then
 * set through the CSSOM: parsed as they are, both would break the page's policy. The export
 * escapes every quote and angle bracket of the session's text, so ` style="` occurs in its
 * markup only.
 */
function bodyNodes(html: string, dir: 'rtl' | 'ltr'): Node[] {
  const body = html.slice(html.indexOf('<body>') + '<body>'.length, html.lastIndexOf('</body>'));
  const template = document.createElement('template');
  template.innerHTML = body.replace(/ style="([^"]*)"/gu, ' data-preview-style="$1"');
  for (const element of template.content.querySelectorAll<HTMLElement>('[data-preview-style]')) {
    element.style.cssText = element.dataset.previewStyle ?? '';
    delete element.dataset.previewStyle;
  }
  const page = document.createElement('div');
  page.className = 'page';
  // The page of an Arabic document runs right to left, whether or not the export marks it on <html> (which is left out here).
  page.dir = dir;
  page.append(template.content);
  return [page];
}

export function DocumentPreview() {
  const { t } = useTranslation('document');
  const session = useDeferredSession();
  const docLang = useDocLang();
  const dir = documentDirection(useShownLangs());
  const host = useRef<HTMLElement>(null);
  const html = useMemo(() => (session ? documentToHtml(session, docLang) : ''), [session, docLang]);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [documentSheet()];
    root.replaceChildren(...bodyNodes(html, dir));
  }, [html, dir]);
  return <article ref={host} className="document-preview" aria-label={t('preview.documentLabel')} data-preview="document" />;
}
