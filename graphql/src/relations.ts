import type { Entity } from '../../types/domain/entities';
import type { GraphQLContext } from './context';
import { type PageWindow, toPage } from './pagination';

/** Related documents along the parent's locale chain, from the parent's default-locale version. */
export const relatedMany = async <T extends Entity>(ctx: GraphQLContext, parent: Entity, uid: string, field: string) =>
  (await ctx.loaders.in(parent.chain).related(uid, field).load(parent.id)) as T[];

export const relatedOne = async <T extends Entity>(ctx: GraphQLContext, parent: Entity, uid: string, field: string) =>
  ((await relatedMany<T>(ctx, parent, uid, field))[0] ?? null) as T | null;

/** One page of related documents in the given order, with a lazily counted total. */
export const relatedPage = async <T extends Entity>(
  ctx: GraphQLContext,
  parent: Entity,
  uid: string,
  field: string,
  window: PageWindow,
  orderBy: [string, 'asc' | 'desc'][]
) => {
  const loaders = ctx.loaders.in(parent.chain);
  const fetched = await loaders.relatedPage(uid, field, { offset: window.offset, limit: window.first + 1, orderBy }).load(parent.id);
  return toPage(fetched as T[], window, () => loaders.relatedCount(uid, field).load(parent.id));
};

export const componentsOf = async <T>(ctx: GraphQLContext, parent: Entity, uid: string, field: string) =>
  (await ctx.loaders.in(parent.chain).components(uid, field).load(parent.id)) as T[];

export const componentOne = async <T>(ctx: GraphQLContext, parent: Entity, uid: string, field: string) =>
  ((await componentsOf<T>(ctx, parent, uid, field))[0] ?? null) as T | null;
