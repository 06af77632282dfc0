/**
 * Reader comments are plain text: stored as typed and delivered as text, never interpreted as
 * HTML or Markdown, so `<b>` stays four characters on every page that shows it. Only what no
 * reader means to type goes: control characters (tabs and line breaks stay), invisible
 * direction overrides, trailing spaces, runs of blank lines.
 */
export const normalizeCommentBody = (raw: string) =>
  raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g, '')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** Length as a reader counts it: characters, not UTF-16 units (an emoji is one). */
export const commentLength = (body: string) => [...body].length;

export type BodyProblem = { code: 'BODY_EMPTY' } | { code: 'BODY_TOO_LONG'; length: number };

export const bodyProblem = (body: string, maxLength: number): BodyProblem | null => {
  if (body === '') return { code: 'BODY_EMPTY' };
  const length = commentLength(body);
  return length > maxLength ? { code: 'BODY_TOO_LONG', length } : null;
};

/** The most a report's explanation may hold. */
export const REPORT_MESSAGE_MAX = 1000;
