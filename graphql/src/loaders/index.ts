import type { Core } from '@strapi/strapi';
import type { EntityScope } from '../../../types/domain/entities';
import type { Locale } from '../../../types/generated/resolvers-types.generated';
import { localeChain } from '../locale';
import { createStatementBatch } from '../store/batch';
import { createChangeFeed } from '../store/changes';
import type { Model } from '../store/model';
import { createReader, type Reader } from '../store/reader';
import { preparedStatements } from '../store/statements';
import { articleLoaders } from './articles';
import { authorLoaders } from './authors';
import { categoryLoaders } from './categories';
import { companyLoaders } from './companies';
import { componentLoaders } from './components';
import { creditGroupLoaders } from './credit-groups';
import { creditLoaders } from './credits';
import { episodeLoaders } from './episodes';
import { franchiseLoaders } from './franchises';
import { genreLoaders } from './genres';
import { kinshipLoaders } from './kinships';
import { outletLoaders } from './outlets';
import { personLoaders } from './people';
import { platformLoaders } from './platforms';
import { seasonLoaders } from './seasons';
import { seriesLoaders } from './series';
import { statusEventLoaders } from './status-events';

const FAMILIES = {
  ...articleLoaders,
  ...authorLoaders,
  ...categoryLoaders,
  ...companyLoaders,
  ...componentLoaders,
  ...creditGroupLoaders,
  ...creditLoaders,
  ...episodeLoaders,
  ...franchiseLoaders,
  ...genreLoaders,
  ...kinshipLoaders,
  ...outletLoaders,
  ...personLoaders,
  ...platformLoaders,
  ...seasonLoaders,
  ...seriesLoaders,
  ...statusEventLoaders,
};

export type ScopedLoaders = { readonly [name in keyof typeof FAMILIES]: ReturnType<(typeof FAMILIES)[name]> } & { reader: Reader };

// Built on first use: a request touches a handful of the loaders, and each scope gets its own.
const PROTOTYPE = Object.defineProperties(
  {},
  Object.fromEntries(
    Object.entries(FAMILIES).map(([name, create]) => [
      name,
      {
        get(this: { reader: Reader; built: Map<string, unknown> }) {
          if (!this.built.has(name)) this.built.set(name, create(this.reader));
          return this.built.get(name);
        },
      },
    ])
  )
);

const scoped = (reader: Reader): ScopedLoaders => Object.assign(Object.create(PROTOTYPE), { reader, built: new Map() });

/**
 * The loaders of one request, one set per read scope: the same document reads differently in
 * another locale chain or as a draft. Within a scope each loader is shared, so every parent on a
 * page joins the same batch.
 */
export const createLoaders = (strapi: Core.Strapi, model: Model, { preview, touched }: { preview: boolean; touched?: Set<string> }) => {
  const scopes = new Map<string, ScopedLoaders>();
  // One batch for the whole request: sibling reads of every scope share its statements.
  const batch = createStatementBatch(preparedStatements(strapi.db.connection));
  const read = ({ chain, draft }: EntityScope) => {
    if (draft && !preview) throw new Error('Drafts are read only with a preview token.');
    const key = `${draft ? 'draft' : 'published'}:${chain.join(',')}`;
    let loaders = scopes.get(key);
    if (!loaders) {
      loaders = scoped(createReader(strapi.db.connection, model, { chain, draft, touched }, batch));
      scopes.set(key, loaders);
    }
    return loaders;
  };

  return {
    preview,
    /** For a root field: its `locale` argument, drafts in preview. */
    locale: (locale?: Locale | null) => read({ chain: localeChain(locale), draft: preview }),
    /** For what an object links to: the scope it was read in (an entity is its own scope), or a decoded id's. */
    in: read,
    changes: createChangeFeed(strapi.db.connection, model, touched),
  };
};

export type Loaders = ReturnType<typeof createLoaders>;
