import type { ContactRequest } from './contactRequests';

/** NUL and the other C0 controls but \t and \n, DEL, and the marks, embeddings, overrides and isolates that reorder text. */
const HIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export const visible = (text: string): string => text.replace(HIDDEN, '');

/** A request as staff tools are sent it: no field a person typed keeps a character that can cut off, hide or reorder text. */
export function staffView(request: ContactRequest): ContactRequest {
  const { name, contact, time, note } = request;
  return { ...request, name: visible(name), contact: visible(contact), time: visible(time), ...(note === undefined ? {} : { note: visible(note) }) };
}
