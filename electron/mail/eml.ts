// Runs in Node (main process, browser host, CLI). A standard RFC 5322 message saved as an
// .eml draft, for sharing a session by email with no network: the mail program opens it ready
// to send (`X-Unsent: 1` makes Outlook treat it as a draft; others open it as a message).
// nodemailer's MailComposer writes the MIME structure: UTF-8 subject as RFC 2047 encoded words,
// attachment names per RFC 2231, attachments in base64. Header injection is impossible: every
// recipient must be one plain address and no header text may hold a line break or control
// character — such input is refused with a message, never cleaned up silently.
import MailComposer from 'nodemailer/lib/mail-composer';
import { encodeWord } from 'nodemailer/lib/mime-funcs';
import { hasBidiControl } from '../../shared/format/visible-controls.ts';
import type { Message } from '../../shared/i18n.ts';
import { hostMessage } from '../handlers/messages.ts';

export interface DraftAttachment {
  filename: string;
  content: Uint8Array;
  contentType: string;
}

export interface DraftInput {
  to: string[];
  subject: string;
  /** The HTML body (a whole HTML document). */
  html: string;
  /** The plain-text alternative of the same body. */
  text: string;
  attachments: DraftAttachment[];
  /** The Date header; now when omitted. */
  date?: Date;
}

/** The draft cannot be built as asked; `reason` says why in both languages. */
export class MailDraftError extends Error {
  constructor(readonly reason: Message) {
    super(reason.en);
  }
}

// C0 controls (CR and LF among them) and DEL; a tab is harmless in a subject.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;
const ATOM = String.raw`[^\s@<>()[\]\\,;:"\u0000-\u001f\u007f.]+`;
/** One plain address, name@example.org: no display name, no list, no comment, nothing else. */
const ADDRESS = new RegExp(String.raw`^${ATOM}(?:\.${ATOM})*@${ATOM}(?:\.${ATOM})+$`, 'u');

const refuse = (key: string, params: Record<string, string | Message> = {}): never => {
  throw new MailDraftError(hostMessage(`mail:error.${key}`, params));
};

/** Refuses anything that could add or break a header. */
export function checkDraft(input: Pick<DraftInput, 'to' | 'subject' | 'attachments'>): void {
  if (input.to.length === 0) refuse('noRecipient');
  for (const address of input.to) {
    if (CONTROL.test(address)) refuse('lineBreak', { field: hostMessage('mail:field.recipient') });
    if (!ADDRESS.test(address) || hasBidiControl(address)) refuse('badAddress', { address });
  }
  if (CONTROL.test(input.subject)) refuse('lineBreak', { field: hostMessage('mail:field.subject') });
  // A bidi override makes "report\u202Excod.exe" look like "reportexe.docx".
  for (const { filename } of input.attachments) {
    if (CONTROL.test(filename) || hasBidiControl(filename)) refuse('badFileName', { name: JSON.stringify(filename).slice(1, -1) });
  }
}

// MailComposer folds a subject only between words: one word longer than a line (a pasted
// symbol list, a URL) made a header line over RFC 5322's 998-byte limit. Such a subject is
// written as base64 encoded words, which fold anywhere and decode to the same text.
const UNFOLDABLE = /\S{78,}/u;
const subjectHeader = (subject: string) => (UNFOLDABLE.test(subject) ? {} : { subject });
const longSubject = (subject: string) =>
  UNFOLDABLE.test(subject) ? { Subject: { prepared: true, foldLines: true, value: encodeWord(subject, 'B', 52) } } : {};

export async function buildEmlDraft(input: DraftInput): Promise<Uint8Array> {
  checkDraft(input);
  const composer = new MailComposer({
    to: input.to,
    ...subjectHeader(input.subject),
    text: input.text,
    html: input.html,
    date: input.date ?? new Date(),
    headers: { 'X-Unsent': '1', ...longSubject(input.subject) },
    attachments: input.attachments.map((a) => ({ filename: a.filename, content: Buffer.from(a.content), contentType: a.contentType })),
  });
  return new Uint8Array(await composer.compile().build());
}
