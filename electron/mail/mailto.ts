// Runs in Node (main process, browser host, tests). The fallback when no mail program opens an
// .eml draft: a mailto: URL (RFC 6068) with the same recipients, subject and plain text, but no
// attachments (mailto cannot carry any). Built here, never taken from the renderer, so what
// reaches shell.openExternal is always a mailto: URL. Mail programs and the OS cut long URLs
// (Windows at about 2,000 characters), so the body is shortened at a line break to fit.

export interface MailtoInput {
  /** Plain addresses, already checked by checkDraft (electron/mail/eml.ts). */
  to: string[];
  subject: string;
  body: string;
}

/** Longest URL handed over: what Outlook and Windows' ShellExecute accept. */
export const MAILTO_MAX_LENGTH = 2000;
/** Ends a shortened body, so the reader knows there was more. */
const CUT_MARK = '…';

// `@` stays readable: some mail programs take %40 literally in the address part.
const address = (text: string) => encodeURIComponent(text).replace(/%40/g, '@');
// RFC 6068: line breaks in a body are CRLF, percent-encoded.
const encodedBody = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

export function mailtoUrl(input: MailtoInput, maxLength = MAILTO_MAX_LENGTH): string {
  const head = `mailto:${input.to.map(address).join(',')}?subject=${encodeURIComponent(input.subject)}`;
  const withBody = (text: string) => `${head}&body=${encodedBody(text)}`;
  const full = withBody(input.body);
  if (full.length <= maxLength) return full;
  // The longest start of the body that fits with the cut mark (whole characters, never half a
  // surrogate pair); the encoded length only grows with it, so a binary search finds it.
  const chars = Array.from(input.body);
  const fits = (count: number) => withBody(`${chars.slice(0, count).join('')}${CUT_MARK}`).length <= maxLength;
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  let kept = chars.slice(0, low).join('');
  // Whole lines read better than a line cut in the middle.
  const lastBreak = kept.lastIndexOf('\n');
  if (lastBreak > 0) kept = kept.slice(0, lastBreak + 1);
  return withBody(`${kept}${CUT_MARK}`);
}
