// Runs everywhere (shared). annexToDocx: the annex table alone as a Word document, for
// officers who paste it into the agenda document they type themselves. 'both' gives the
// Chinese table, then the English one on a new page, each with its own title.
import type { Session } from '../../model/types.ts';
import { deriveAnnex } from '../../schedule/annex.ts';
import { annexBodiesHeading } from '../../schedule/agenda-document/index.ts';
import { languagesOf, type DocumentLanguage } from '../document-language.ts';
import { annexBlocks, annexOrientation } from './annex-table.ts';
import { packDocx } from './package.ts';

export function annexToDocx(session: Session, lang: DocumentLanguage): Promise<Uint8Array> {
  const sections = languagesOf(lang, session).map((one) => {
    const table = deriveAnnex(session, one);
    const orientation = annexOrientation(table);
    return { lang: one, children: annexBlocks(table, orientation, annexBodiesHeading(session, one)), orientation };
  });
  return packDocx(sections);
}
