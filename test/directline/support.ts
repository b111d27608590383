import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Observable } from 'rxjs/Observable';
import WebSocket from 'ws';
import { DirectLine } from 'botframework-directlinejs';
import { createApp, type App, type AppOptions } from '../../src/app';
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/logger';

export interface Running { app: App; url: string; dir: string }

/** createApp on a free port with a temporary SQLite file (the token secret lands beside it). */
export async function startApp(env: Record<string, string> = {}, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-dl-')), options: AppOptions = {}): Promise<Running> {
  const config = loadConfig({ DATABASE_URL: `sqlite:${path.join(dir, 'bot.db')}`, LOG_LEVEL: 'silent', ...env });
  const app = await createApp(config, createLogger('silent'), options);
  const url = await app.listen(0, '127.0.0.1');
  return { app, url, dir };
}

interface AjaxRequest { method?: string; url: string; body?: unknown; headers?: Record<string, string> }

/**
 * directlinejs talks through rxjs' ajax, which needs XMLHttpRequest; Node has fetch instead. It accepts an
 * `ajax` service, so this gives it one on fetch with the same result shape ({response, status, xhr}).
 */
export function fetchAjax(request: AjaxRequest): Observable<unknown> {
  return Observable.create((subscriber: { next(value: unknown): void; error(error: unknown): void; complete(): void }) => {
    const headers = Object.fromEntries(Object.entries(request.headers ?? {}).filter(([, value]) => value !== undefined && value !== ''));
    const body = request.body === undefined ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
    fetch(request.url, { method: request.method ?? 'GET', headers, body })
      .then(async (response) => {
        const text = await response.text();
        const result = {
          status: response.status,
          response: text ? JSON.parse(text) : null,
          xhr: { status: response.status, getResponseHeader: (name: string) => response.headers.get(name) },
        };
        if (response.ok) {
          subscriber.next(result);
          subscriber.complete();
        } else {
          subscriber.error(result);
        }
      })
      .catch((error: Error) => subscriber.error({ status: 0, message: error.message, xhr: { getResponseHeader: () => null } }));
  });
}

/** directlinejs decides at construction whether WebSockets exist by looking for a global WebSocket. */
export function provideWebSocketGlobal(): void {
  (globalThis as { WebSocket?: unknown }).WebSocket = WebSocket;
}

export type Activity = Record<string, any>;

export interface Client {
  directLine: DirectLine;
  seen: Activity[];
  waitFor(predicate: (activity: Activity) => boolean, what: string, timeoutMs?: number): Promise<Activity>;
  send(text: string, clientActivityID: string): Promise<string>;
  end(): void;
}

export function connect(options: { domain: string; token: string; webSocket: boolean; conversationId?: string; watermark?: string }): Client {
  const directLine = new DirectLine({
    ...options,
    pollingInterval: 200,
    ajax: fetchAjax,
    WebSocket,
  } as unknown as ConstructorParameters<typeof DirectLine>[0]);
  const seen: Activity[] = [];
  const waiters: Array<() => void> = [];
  const subscription = directLine.activity$.subscribe((activity) => {
    seen.push(activity as Activity);
    for (const wake of waiters.splice(0)) wake();
  });
  const waitFor = (predicate: (activity: Activity) => boolean, what: string, timeoutMs = 10_000): Promise<Activity> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; saw ${seen.map((a) => a.type + ':' + (a.text ?? '')).join(' | ')}`)), timeoutMs);
      const check = (): void => {
        const found = seen.find(predicate);
        if (found) {
          clearTimeout(timer);
          resolve(found);
        } else {
          waiters.push(check);
        }
      };
      check();
    });
  const send = (text: string, clientActivityID: string): Promise<string> =>
    new Promise((resolve, reject) => {
      directLine
        .postActivity({ type: 'message', from: { id: 'person', role: 'user' }, text, channelData: { clientActivityID } } as never)
        .subscribe({ next: (id) => resolve(id as string), error: reject });
    });
  return {
    directLine,
    seen,
    waitFor,
    send,
    end: () => {
      subscription.unsubscribe();
      directLine.end();
    },
  };
}

/** What the page does first: ask our server which Direct Line to use, with a token for it. */
export function requestSession(url: string): Promise<Response> {
  return fetch(`${url}/api/webchat/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
}

export async function newSession(url: string): Promise<{ domain: string; token: string; conversationId: string }> {
  return (await (await requestSession(url)).json()) as { domain: string; token: string; conversationId: string };
}

/** One Direct Line REST call with a bearer token; the JSON answer, if any. */
export async function callDirectLine(url: string, token: string, method = 'GET', body?: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

/** A web chat conversation started over the embedded Direct Line, as the page starts one. */
export async function webChat(running: Running) {
  const domain = `${running.url}/v3/directline`;
  const session = await newSession(running.url);
  const { json: conversation } = await callDirectLine(`${domain}/conversations`, session.token, 'POST', {});
  const id: string = conversation.conversationId;
  const token: string = conversation.token;
  const say = (text: string) => callDirectLine(`${domain}/conversations/${id}/activities`, token, 'POST', { type: 'message', from: { id: 'p' }, text });
  const transcript = async () => ((await callDirectLine(`${domain}/conversations/${id}/activities`, token)).json.activities as Array<{ text?: string }>).map((a) => a.text ?? '').join('\n');
  return { domain, id, token, say, transcript };
}
