import { type IncomingMessage, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the carrier was asked to send. */
export interface SmsRequest {
  authorization: string | undefined;
  to: string;
  text: string;
  sender: string;
  reference: string;
}

/**
 * A stand-in for the SMS carrier's HTTP gateway (the one thing outside this machine): it keeps
 * every request and answers with the next queued status (201 once the queue is empty).
 */
export interface SmsGatewayDouble {
  url: string;
  requests: SmsRequest[];
  /** The statuses of the next answers, in order. */
  answers: number[];
  /** How long each answer takes, to let concurrent senders overlap. */
  delayMs: number;
  close(): Promise<void>;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startSmsGateway(): Promise<SmsGatewayDouble> {
  const double: SmsGatewayDouble = { url: '', requests: [], answers: [], delayMs: 0, close: async () => undefined };
  const server = createServer(async (request, response) => {
    const message = JSON.parse(await bodyOf(request)) as Omit<SmsRequest, 'authorization'>;
    double.requests.push({ ...message, authorization: request.headers.authorization });
    await new Promise((resolve) => setTimeout(resolve, double.delayMs));
    const status = double.answers.shift() ?? 201;
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(status < 300 ? { id: `carrier-${double.requests.length}` } : { error: status === 400 ? 'invalid_number' : 'unavailable' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  double.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
  double.close = () => new Promise((resolve) => server.close(() => resolve()));
  return double;
}
