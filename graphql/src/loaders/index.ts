import type { Core } from '@strapi/strapi';
import type DataLoader from 'dataloader';
import type { LocaleCode } from '../../../types/domain/entities';
import type { Model } from '../store/model';
import { createReader, type Page } from '../store/reader';
import { componentsByOwner } from './components-by-owner';
import { documentsByAttribute } from './documents-by-attribute';
import { relatedBySource, relatedCountBySource, relatedPageBySource } from './related-by-source';

const memo = <T>(cache: Map<string, unknown>, key: string, create: () => T): T => {
  if (!cache.has(key)) cache.set(key, create());
  return cache.get(key) as T;
};

/**
 * The loaders of one request. Loaders are keyed by locale chain because the same document reads
 * differently in another locale; within a chain, each (model, field) has one loader, so every
 * parent on a page shares its batch.
 */
export const createLoaders = (strapi: Core.Strapi, model: Model, { preview, touched }: { preview: boolean; touched?: Set<string> }) => {
  const chains = new Map<string, ReturnType<typeof forChain>>();

  const forChain = (chain: LocaleCode[]) => {
    const reader = createReader(strapi.db.connection, model, { chain, preview, touched });
    const cache = new Map<string, unknown>();
    return {
      reader,
      by: (uid: string, attribute: string) => memo(cache, `by:${uid}:${attribute}`, () => documentsByAttribute(reader, uid, attribute)),
      related: (uid: string, field: string) => memo(cache, `rel:${uid}:${field}`, () => relatedBySource(reader, uid, field)),
      relatedPage: (uid: string, field: string, page: Page) =>
        memo(cache, `page:${uid}:${field}:${JSON.stringify(page)}`, () => relatedPageBySource(reader, uid, field, page)),
      relatedCount: (uid: string, field: string) => memo(cache, `count:${uid}:${field}`, () => relatedCountBySource(reader, uid, field)),
      components: (uid: string, field: string) => memo(cache, `cmp:${uid}:${field}`, () => componentsByOwner(reader, uid, field)),
    };
  };

  return {
    preview,
    in(chain: LocaleCode[]) {
      const key = chain.join(',');
      if (!chains.has(key)) chains.set(key, forChain(chain));
      return chains.get(key)!;
    },
  };
};

export type Loaders = ReturnType<typeof createLoaders>;
export type ChainLoaders = ReturnType<Loaders['in']>;
export type { DataLoader };
