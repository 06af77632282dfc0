/**
 * What the GraphQL layer needs to know, handed in by its host (the Strapi plugin reads and
 * validates it from its configuration). Nothing in graphql/ reads the environment itself.
 */
export interface GraphQLSettings {
  /** Where the API answers, e.g. /graphql. */
  path: string;
  production: boolean;
  /** Introspection and the query page. */
  introspection: boolean;
  /** Adds extensions.sqlStatements to responses (tests, benchmark); never in production. */
  exposeSqlCount: boolean;
  /** Execute from plans compiled per document (graphql-jit). */
  compiledExecution: boolean;
  maxPageSize: number;
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxBodyBytes: number;
  timeoutMs: number;
  /** Requests per window per client IP; 0 turns limiting off. */
  rateLimit: { points: number; windowSeconds: number };
  responseCache: { enabled: boolean; maxEntries: number; ttlMs: number; maxAge: number };
  /** Shares rate limits and cache invalidation across instances. */
  redisUrl: string | null;
}
