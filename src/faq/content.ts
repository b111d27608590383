import faqJson from '../../content/faq.json';
import type { FaqEntry } from './types';

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Checks the FAQ's shape and its cross-references, so a bad edit to content/faq.json fails at start-up. */
export function validateFaq(data: unknown): FaqEntry[] {
  if (!Array.isArray(data)) throw new Error('FAQ content must be an array of entries');
  const entries = data.map((raw: unknown, index): FaqEntry => {
    const entry = raw as Record<string, unknown>;
    const where = `FAQ entry ${index}`;
    for (const field of ['id', 'question', 'section', 'answer'] as const) {
      if (typeof entry?.[field] !== 'string' || (entry[field] as string).trim() === '') throw new Error(`${where}: "${field}" must be a non-empty string`);
    }
    if (!isStringArray(entry.alternates)) throw new Error(`${where}: "alternates" must be an array of strings`);
    if (!isStringArray(entry.related)) throw new Error(`${where}: "related" must be an array of strings`);
    if (entry.source !== 'faq' && entry.source !== 'article') throw new Error(`${where}: "source" must be "faq" or "article"`);
    return entry as unknown as FaqEntry;
  });
  const ids = new Set(entries.map((entry) => entry.id));
  if (ids.size !== entries.length) throw new Error('FAQ ids must be unique');
  for (const entry of entries) {
    const unknown = entry.related.filter((id) => !ids.has(id) || id === entry.id);
    if (unknown.length > 0) throw new Error(`FAQ entry ${entry.id}: related ids ${unknown.join(', ')} are not other entries`);
  }
  return entries;
}

let loaded: readonly FaqEntry[] | undefined;

/** content/faq.json, checked once: the matcher and the renderer read the same entries. */
export function loadFaq(): readonly FaqEntry[] {
  loaded ??= validateFaq(faqJson);
  return loaded;
}
