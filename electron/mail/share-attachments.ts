// Runs in Node (main process, browser host, CLI). What a "share by email" draft can carry: the
// session file itself, byte for byte as it is on disk, and the exports the Bureau reads — the
// annex as Word or PDF and the whole document as Word, built by shared/export as the Export
// menu and `orgwork export` build them, under the same file names.
import type { DocumentLanguage } from '../../shared/export/document-language.ts';
import { exportSession, type ExportHost } from '../../shared/export/export-session.ts';
import { exportFileName } from '../../shared/export/file-name.ts';
import type { Session } from '../../shared/model/types.ts';
import type { DraftAttachment } from './eml.ts';

// One list for the CLI and the share dialog (shared/api.ts, where the renderer sees it too).
export { SHARE_ATTACHMENT_KINDS as SHARE_ATTACHMENTS, type ShareAttachmentKind as ShareAttachment } from '../../shared/api.ts';
import type { ShareAttachmentKind as ShareAttachment } from '../../shared/api.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const CONTENT_TYPES: Record<Exclude<ShareAttachment, 'orgwork'>, string> = { 'annex-docx': DOCX, 'document-docx': DOCX, 'annex-pdf': 'application/pdf' };
/** The session file: JSON; mail programs and Orgwork go by its .orgwork name. */
export const SESSION_CONTENT_TYPE = 'application/json';

export interface SessionFile {
  name: string;
  bytes: Uint8Array;
}

export async function shareAttachments(
  session: Session,
  file: SessionFile,
  kinds: readonly ShareAttachment[],
  lang: DocumentLanguage,
  host: ExportHost,
): Promise<DraftAttachment[]> {
  const attachments: DraftAttachment[] = [];
  for (const kind of kinds) {
    if (kind === 'orgwork') {
      attachments.push({ filename: file.name, content: file.bytes, contentType: SESSION_CONTENT_TYPE });
      continue;
    }
    const content = await exportSession(session, kind, lang, host);
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    attachments.push({ filename: exportFileName(session, kind, lang), content: bytes, contentType: CONTENT_TYPES[kind] });
  }
  return attachments;
}
