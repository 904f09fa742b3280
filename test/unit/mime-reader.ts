// Runs in Node (tests). Just enough of a MIME reader to check the .eml drafts independently of
// the library that wrote them: headers (unfolded, RFC 2047 encoded words decoded), multipart
// bodies split at their boundaries, base64 and quoted-printable decoded, attachment names from
// RFC 2231 parameters (with continuations) or encoded words.
export interface MimePart {
  headers: Map<string, string>;
  /** Lower-case media type, e.g. "text/html". */
  type: string;
  params: Map<string, string>;
  filename?: string;
  body: Buffer;
  parts: MimePart[];
}

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*(?==\?)?/g, (_all, _charset: string, encoding: string, text: string) =>
    encoding.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
  );
}

function parameters(value: string): { type: string; params: Map<string, string> } {
  const [type = '', ...rest] = value.split(/;\s*/);
  const params = new Map<string, string>();
  const continued: [number, string, boolean][] = [];
  for (const part of rest) {
    const match = /^([^=*]+)(\*\d+)?(\*)?=(.*)$/.exec(part.trim());
    if (!match) continue;
    const [, name, index, extended, raw] = match;
    const text = raw!.replace(/^"(.*)"$/, '$1');
    if (index !== undefined) continued.push([Number(index.slice(1)), text, extended !== undefined]);
    else params.set(name!.toLowerCase(), extended ? decodeURIComponent(text.replace(/^[^']*'[^']*'/, '')) : decodeWords(text));
  }
  if (continued.length > 0) {
    const joined = continued.sort((a, b) => a[0] - b[0]).map(([, text]) => text).join('');
    params.set('filename*', decodeURIComponent(joined.replace(/^[^']*'[^']*'/, '')));
  }
  return { type: type.trim().toLowerCase(), params };
}

function decodeBody(raw: string, encoding: string | undefined): Buffer {
  switch (encoding?.toLowerCase()) {
    case 'base64':
      return Buffer.from(raw.replace(/\s+/g, ''), 'base64');
    case 'quoted-printable':
      return Buffer.from(raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
    default:
      return Buffer.from(raw, 'latin1');
  }
}

export function readMime(source: Buffer | string): MimePart {
  const text = typeof source === 'string' ? source : source.toString('latin1');
  const split = text.search(/\r?\n\r?\n/);
  const head = text.slice(0, split);
  const raw = text.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), decodeWords(Buffer.from(line.slice(colon + 1).trim(), 'latin1').toString('utf8')));
  }
  const { type, params } = parameters(headers.get('content-type') ?? 'text/plain');
  const disposition = parameters(headers.get('content-disposition') ?? '').params;
  const filename = disposition.get('filename*') ?? disposition.get('filename') ?? params.get('name');
  let parts: MimePart[] = [];
  if (type.startsWith('multipart/')) {
    const boundary = `--${params.get('boundary')}`;
    parts = raw
      .split(boundary)
      .slice(1, -1)
      .map((chunk) => readMime(chunk.replace(/^\r?\n/, '').replace(/\r?\n$/, '')));
  }
  return { headers, type, params, ...(filename !== undefined ? { filename } : {}), body: decodeBody(raw, headers.get('content-transfer-encoding')), parts };
}

/** Every leaf part, depth first. */
export function leaves(part: MimePart): MimePart[] {
  return part.parts.length === 0 ? [part] : part.parts.flatMap(leaves);
}
