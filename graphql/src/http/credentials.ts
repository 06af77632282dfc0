import { PREVIEW_HEADER } from '../preview';

/**
 * The headers this API takes credentials from: a users-permissions JWT (Authorization: Bearer) and
 * the preview token. A request carrying either is private: never answered from or stored in the
 * shared response cache, and protected against CSRF. Cookies grant nothing here.
 */
const CREDENTIAL_HEADERS = ['authorization', PREVIEW_HEADER];

export const carriesCredentials = (header: (name: string) => string | string[] | undefined) =>
  CREDENTIAL_HEADERS.some((name) => {
    const value = header(name);
    return value !== undefined && value.length > 0;
  });
