import { HeaderMap } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * Every error a client can cause has a stable `extensions.code` (README, "Errors and limits");
 * anything else is a bug, logged and masked. `extensions.http` is Apollo Server's convention for
 * the status and headers an error sets; it never reaches the client.
 */
export class ClientError extends GraphQLError {
  constructor(
    message: string,
    code: string,
    readonly status: number,
    extensions: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {}
  ) {
    super(message, { extensions: { ...extensions, code, http: { status, headers: new HeaderMap(Object.entries(headers)) } } });
    this.name = new.target.name;
  }

  /** The body when the HTTP layer answers with this error itself: what Apollo Server would send. */
  responseBody() {
    const { http: _http, ...extensions } = this.extensions;
    return JSON.stringify({ errors: [{ message: this.message, extensions }] });
  }
}

/** Invalid arguments: the message names the argument; clients branch on `extensions.code`. */
export class BadUserInputError extends GraphQLError {
  constructor(argument: string, message: string) {
    super(`Invalid argument "${argument}": ${message}`, { extensions: { code: 'BAD_USER_INPUT', argument } });
  }
}

/** A query rejected by a depth, cost, alias or size limit before it runs. */
export class QueryLimitError extends GraphQLError {
  constructor(message: string, limit: string) {
    super(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit } });
  }
}

export class PersistedQueryHashMismatchError extends ClientError {
  constructor() {
    super('The persisted query hash is not the SHA-256 of the query text sent with it.', 'PERSISTED_QUERY_HASH_MISMATCH', 400);
  }
}

export class PreflightRequiredError extends ClientError {
  constructor() {
    super(
      'A request carrying credentials (Authorization, x-preview-token) needs a content-type other than a form or text/plain, or an apollo-require-preflight header.',
      'PREFLIGHT_REQUIRED',
      400
    );
  }
}

export class MalformedRequestError extends ClientError {
  constructor(message: string) {
    super(message, 'BAD_REQUEST', 400);
  }
}

export class PayloadTooLargeError extends ClientError {
  constructor(limit: number) {
    super(`The request body is larger than ${limit} bytes.`, 'PAYLOAD_TOO_LARGE', 413, { maxBytes: limit });
  }
}

export class RateLimitedError extends ClientError {
  constructor(retryAfterSeconds: number) {
    super(`Too many requests from this address; retry in ${retryAfterSeconds} s.`, 'RATE_LIMITED', 429, {}, { 'retry-after': String(retryAfterSeconds) });
  }
}

export class RequestTimeoutError extends ClientError {
  constructor(timeoutMs: number) {
    super(`The request took longer than ${timeoutMs} ms and was abandoned.`, 'TIMEOUT', 503);
  }
}

/**
 * Errors of a request that was well-formed but is not a valid GraphQL request for this schema: a
 * client that accepts only application/json gets them with status 200 (GraphQL over HTTP).
 */
export const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'QUERY_TOO_COMPLEX',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
]);

const CLIENT_ERROR_CODES = new Set([
  ...REQUEST_ERROR_CODES,
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_HASH_MISMATCH',
  'PREFLIGHT_REQUIRED',
  'PAYLOAD_TOO_LARGE',
  'RATE_LIMITED',
  'TIMEOUT',
]);

/**
 * Apollo Server raises these without a code, which would make them look like bugs. Matched by
 * message because nothing else tells them apart; tests/unit/graphql/http/pipeline.test.ts pins
 * each message to the installed Apollo Server.
 */
const UNCODED_APOLLO_ERRORS: Record<string, () => GraphQLError> = {
  'provided sha does not match query': () => new PersistedQueryHashMismatchError(),
  'Unsupported persisted query version': () => new MalformedRequestError('Unsupported persisted query version; this server supports version 1.'),
};

/** Anything unexpected is logged with its stack and reaches the client only as a generic error. */
export const formatError =
  (logError: (message: string) => void) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const uncoded = error instanceof GraphQLError && !error.extensions.code ? UNCODED_APOLLO_ERRORS[error.message] : undefined;
    if (uncoded) {
      const known = uncoded();
      const { http: _http, ...extensions } = known.extensions;
      return { message: known.message, extensions };
    }
    // Apollo files our validation errors (query limits) under GRAPHQL_VALIDATION_FAILED; they keep their own code.
    const cause = error instanceof GraphQLError ? error.originalError : undefined;
    if (cause instanceof GraphQLError && typeof cause.extensions.code === 'string') {
      formatted = { ...formatted, extensions: { ...formatted.extensions, code: cause.extensions.code } };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && CLIENT_ERROR_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logError(`[graphql] ${(error as Error)?.stack ?? formatted.message}`);
    return { message: 'Unexpected error.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
