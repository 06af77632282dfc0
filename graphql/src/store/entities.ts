import type { Entity, EntityScope, LocaleCode } from '../../../types/domain/entities';
import type { Model } from './model';

export const DEFAULT_LOCALE: LocaleCode = 'de';

const toIsoDate = (value: unknown) => {
  if (value == null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
};

export const toIsoDateTime = (value: unknown) => {
  if (value == null) return null;
  const date = value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string | number));
  return date.toISOString();
};

const convert = (type: string, value: unknown) => {
  if (value == null) return null;
  switch (type) {
    case 'enumeration':
      return String(value).toUpperCase();
    case 'date':
      return toIsoDate(value);
    case 'datetime':
    case 'timestamp':
      return toIsoDateTime(value);
    case 'boolean':
      return Boolean(value);
    case 'decimal':
    case 'float':
      return Number(value);
    case 'json':
    case 'blocks':
      return typeof value === 'string' ? JSON.parse(value) : value;
    default:
      return value;
  }
};

/** A database row as the API sees it: attribute names, GraphQL enum values, ISO dates; the row id stays internal. */
export const rowToFields = (model: Model, uid: string, row: Record<string, unknown>, fields: Record<string, unknown> = {}) => {
  for (const { name, column, type } of model.readColumns(uid)) if (name !== 'id') fields[name] = convert(type, row[column]);
  return fields;
};

/**
 * Chooses, per document, the row whose text a reader gets (first locale of the chain that is
 * available) and the row whose relations count: the default-locale row, because relations are
 * structure, not translation (Strapi keeps them per locale).
 */
export const pickByDocument = (model: Model, uid: string, rows: Record<string, unknown>[], { chain, draft }: EntityScope): Map<string, Entity> => {
  const byDocument = new Map<string, Record<string, unknown>[]>();
  for (const row of rows) {
    const documentId = String(row.document_id);
    const versions = byDocument.get(documentId);
    if (versions) versions.push(row);
    else byDocument.set(documentId, [row]);
  }
  const rank = (row: Record<string, unknown>) => {
    const index = chain.indexOf(row.locale as LocaleCode);
    return index === -1 ? chain.length : index;
  };
  const picked = new Map<string, Entity>();
  for (const [documentId, versions] of byDocument) {
    const text = versions.length === 1 ? versions[0] : versions.reduce((best, row) => (rank(row) < rank(best) ? row : best));
    const structure = versions.length === 1 ? text : (versions.find((row) => row.locale === DEFAULT_LOCALE) ?? text);
    const entity = { rowId: Number(structure.id), documentId, locale: (text.locale as LocaleCode | null) ?? null, chain, draft } as Entity;
    picked.set(documentId, rowToFields(model, uid, text, entity) as Entity);
  }
  return picked;
};
