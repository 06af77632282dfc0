import { GraphQLError } from 'graphql';

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
