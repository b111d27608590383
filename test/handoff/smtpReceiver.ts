import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** A message body decoded from the transfer encoding its headers name (nodemailer picks quoted-printable or base64). */
function decodeBody(headers: string, body: string): string {
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body, 'base64').toString('utf8');
  if (encoding !== 'quoted-printable') return body;
  const unwrapped = body.replace(/=\r\n/g, '');
  return unwrapped.replace(/(?:=[0-9A-F]{2})+/g, (run) => Buffer.from(run.replace(/=/g, ''), 'hex').toString('utf8'));
}

export interface ReceivedMail { headers: string; text: string }

/** A real local SMTP server that accepts every message, as a staff mailbox would; just enough of RFC 5321 for nodemailer. */
export class SmtpReceiver {
  readonly mails: ReceivedMail[] = [];
  private server?: net.Server;

  async start(): Promise<string> {
    this.server = net.createServer((socket) => {
      let buffered = '';
      let inData = false;
      const reply = (line: string): void => void socket.write(`${line}\r\n`);
      reply('220 localhost ESMTP test');
      socket.on('data', (chunk: Buffer) => {
        buffered += chunk.toString('utf8');
        for (;;) {
          if (inData) {
            const end = buffered.indexOf('\r\n.\r\n');
            if (end < 0) return;
            const message = buffered.slice(0, end).replace(/^\.\./gm, '.');
            buffered = buffered.slice(end + 5);
            inData = false;
            const split = message.indexOf('\r\n\r\n');
            const headers = message.slice(0, split);
            // SMTP sends every line break as CRLF; the text as written had \n.
            this.mails.push({ headers, text: decodeBody(headers, message.slice(split + 4)).replace(/\r\n/g, '\n') });
            reply('250 queued');
            continue;
          }
          const newline = buffered.indexOf('\r\n');
          if (newline < 0) return;
          const command = buffered.slice(0, newline).toUpperCase();
          buffered = buffered.slice(newline + 2);
          if (command.startsWith('EHLO') || command.startsWith('HELO')) reply('250 localhost');
          else if (command === 'DATA') {
            inData = true;
            reply('354 end with <CRLF>.<CRLF>');
          } else if (command === 'QUIT') {
            reply('221 bye');
            socket.end();
          } else reply('250 ok');
        }
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    return `smtp://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
