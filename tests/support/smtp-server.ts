import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  from: string;
  to: string[];
  raw: string;
  subject: string;
  /** The text of every part, transfer encodings undone. */
  text: string;
}

const decodeQuotedPrintable = (input: string) =>
  Buffer.from(
    input
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)))
      .split('')
      .map((char) => char.charCodeAt(0))
  ).toString('utf8');

/** RFC 2047 encoded words; the space between two of them is folding, not text. */
const decodeWord = (value: string) =>
  value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_match, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : decodeQuotedPrintable(text.replace(/_/g, ' '))
    );

/** Enough MIME for the tests: the subject, and each part's body decoded from quoted-printable or base64. */
export const parseMail = (raw: string) => {
  const [head] = raw.split(/\r?\n\r?\n/);
  const subject = decodeWord(/^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(head)?.[1].replace(/\r?\n[ \t]/g, ' ') ?? '');
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/);
  const text = parts
    .map((part) => {
      const [headers, ...body] = part.split(/\r?\n\r?\n/);
      const content = body.join('\n\n');
      if (/content-transfer-encoding: quoted-printable/i.test(headers)) return decodeQuotedPrintable(content);
      if (/content-transfer-encoding: base64/i.test(headers)) return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
      return content;
    })
    .join('\n');
  return { subject, text };
};

/**
 * A real SMTP server on loopback that keeps what it receives, so tests see the mail a reader
 * would get. No TLS and no authentication: the plugin talks plain SMTP to it (SMTP_SECURE=false).
 */
export const startSmtpServer = async () => {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
          ...parseMail(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  /** Waits for the next mail to `to` after `count` mails to that address had arrived. */
  const waitForMail = async (to: string, { after = 0, timeoutMs = 30_000 } = {}) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const mails = received.filter((mail) => mail.to.includes(to));
      if (mails.length > after) return mails[after];
      if (Date.now() > deadline)
        throw new Error(`No mail to ${to} within ${timeoutMs} ms (received: ${received.map((m) => m.to.join(',')).join('; ') || 'nothing'})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  return {
    host: '127.0.0.1',
    port,
    received,
    mailsTo: (to: string) => received.filter((mail) => mail.to.includes(to)),
    waitForMail,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};

export type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;
