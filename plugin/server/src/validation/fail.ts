import { errors } from '@strapi/utils';

/**
 * Throws the error the admin shows next to the field; `code` is stable for API clients and tests,
 * the message is written for the editor (in German, the newsroom's language).
 */
export const fail = (field: string, message: string, code: string): never => {
  throw new errors.ValidationError(message, {
    code,
    errors: [{ path: [field], message, name: 'ValidationError', value: null }],
  });
};
