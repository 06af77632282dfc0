export interface AdminAnswer<T = any> {
  status: number;
  body: T;
}

export interface Newcomer {
  email: string;
  firstname: string;
  lastname?: string;
  password: string;
}

const post = async (url: string, body: unknown, token?: string): Promise<AdminAnswer> => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
};

const tokenOf = (answer: AdminAnswer, what: string): string => {
  if (answer.status >= 300) throw new Error(`${what} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.data.token;
};

/** The admin API as one logged-in user sees it: what the admin panel itself sends. */
export const adminHttp = (baseUrl: string, token: string) => {
  const call = async <T = any>(method: string, path: string, body?: unknown): Promise<AdminAnswer<T>> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  };
  return { token, call };
};

export type AdminHttp = ReturnType<typeof adminHttp>;

export const registerFirstAdmin = async (baseUrl: string, admin: Newcomer) =>
  adminHttp(baseUrl, tokenOf(await post(`${baseUrl}/admin/register-admin`, admin), 'Registering the first administrator'));

export const logIn = async (baseUrl: string, { email, password }: Pick<Newcomer, 'email' | 'password'>) =>
  adminHttp(baseUrl, tokenOf(await post(`${baseUrl}/admin/login`, { email, password }), `Logging in as ${email}`));

/** Invites a user with one role and completes their registration, as the link in the invitation would. */
export const inviteAndRegister = async (inviter: AdminHttp, baseUrl: string, roleId: number, user: Newcomer) => {
  const invited = await inviter.call('POST', '/admin/users', { email: user.email, firstname: user.firstname, lastname: user.lastname, roles: [roleId] });
  if (invited.status >= 300) throw new Error(`Inviting ${user.email} failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const registered = await post(`${baseUrl}/admin/register`, {
    registrationToken: invited.body.data.registrationToken,
    userInfo: { firstname: user.firstname, lastname: user.lastname, password: user.password },
  });
  return adminHttp(baseUrl, tokenOf(registered, `Registering ${user.email}`));
};
