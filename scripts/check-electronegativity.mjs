// Runs in Node (`npm run check:electron`, part of `npm test`). Runs Doyensec's Electronegativity
// over the main process, the preload and the built renderer, and fails on any high or medium
// finding that is not in REVIEWED below. Electronegativity itself exits 0 whatever it finds,
// so its CSV is read here.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..');

// Findings the tool marks "review this" on every app that has the feature at all. Each was
// reviewed; the reason is here so a change to the reviewed code shows up in this file too.
const REVIEWED = [
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'electron/main/session-window.ts',
    why: 'The preload (electron/preload.ts) exposes only one ipcRenderer.invoke wrapper per shared/api.ts method, a menu listener and pathForFile (webUtils.getPathForFile of a dropped File, which main checks again in electron/handlers/dropped-file.ts); never ipcRenderer itself. Main checks the sender frame and every argument (electron/main/ipc.ts, electron/handlers/arguments.ts).',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/mail-program.ts',
    why: 'Only the plain-email fallback of Share by email calls shell.openExternal. The URL is never taken from the renderer: the share handler (electron/handlers/share-by-email.ts, electron/mail/mailto.ts) builds it from recipients and subject checked by checkDraft, percent-encodes every part and checks it starts with mailto:; mail-program.ts refuses anything else again before the call.',
  },
];

if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
}
// Scanned in a copy holding only our code: the checkout's node_modules would drown it.
const scan = mkdtempSync(path.join(tmpdir(), 'orgwork-electronegativity-'));
cpSync(path.join(root, 'electron'), path.join(scan, 'electron'), { recursive: true });
cpSync(path.join(root, 'dist', 'renderer'), path.join(scan, 'renderer'), { recursive: true });
cpSync(path.join(root, 'package.json'), path.join(scan, 'package.json'));
const csv = path.join(scan, 'findings.csv');
const bin = path.join(root, 'node_modules', '.bin', 'electronegativity');

/** RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell.trim());
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell.trim());
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      cell = '';
    } else {
      cell += c;
    }
  }
  row.push(cell.trim());
  if (row.some((value) => value !== '')) rows.push(row);
  return rows;
}

const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

/** Runs the tool; its CSV has been seen written garbled under load, so a garbled one is run again. */
function scanFindings() {
  for (let attempt = 1; attempt <= 3; attempt++) {
    execFileSync(bin, ['-i', scan, '-o', csv, '-r', '-v', 'false', '-e', '45.0.0'], { cwd: scan, stdio: 'pipe' });
    const [, ...rows] = parseCsv(readFileSync(csv, 'utf8'));
    const found = rows.map(([check, severity, confidence, file, location]) => ({ check, severity, confidence, file, location }));
    if (found.every((f) => SEVERITIES.includes(f.severity))) return found;
    console.warn(`Electronegativity wrote an unreadable report (attempt ${attempt}); running it again.`);
  }
  console.error('Electronegativity: no readable report after 3 runs.');
  process.exit(1);
}

const findings = scanFindings();
const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
const unreviewed = serious.filter((f) => !REVIEWED.some((r) => r.check === f.check && r.file === f.file));
for (const f of findings) console.log(`${f.severity.padEnd(13)} ${f.check} ${f.file}:${f.location}${REVIEWED.some((r) => r.check === f.check && r.file === f.file) ? ' (reviewed)' : ''}`);
if (unreviewed.length > 0) {
  console.error(`\nElectronegativity: ${unreviewed.length} high or medium finding(s) not reviewed.`);
  process.exit(1);
}
console.log(`Electronegativity: ${findings.length} finding(s), none high or medium unreviewed.`);
