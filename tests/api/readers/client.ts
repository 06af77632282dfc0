import http from 'node:http';

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
}

/**
 * One HTTP request from a chosen loopback address (127.0.0.2, 127.0.0.3, …): every address in
 * 127/8 reaches a server on 127.0.0.1, so per-IP limits can be tested without a proxy in front.
 */
export const request = (base: string, method: string, path: string, { body, ip = '127.0.0.1', token }: { body?: unknown; ip?: string; token?: string } = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      `${base}${path}`,
      {
        method,
        localAddress: ip,
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
        });
      }
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });

export const accountsApi = (base: string) => ({
  register: (body: Record<string, unknown>, ip?: string) => request(base, 'POST', '/api/auth/local/register', { body, ip }),
  login: (identifier: string, password: string, ip?: string) => request(base, 'POST', '/api/auth/local', { body: { identifier, password }, ip }),
  forgotPassword: (email: string, ip?: string) => request(base, 'POST', '/api/auth/forgot-password', { body: { email }, ip }),
  resetPassword: (code: string, password: string, passwordConfirmation = password, ip?: string) =>
    request(base, 'POST', '/api/auth/reset-password', { body: { code, password, passwordConfirmation }, ip }),
  confirmEmail: (confirmation: string) => request(base, 'GET', `/api/auth/email-confirmation?confirmation=${encodeURIComponent(confirmation)}`),
  me: (token: string) => request(base, 'GET', '/api/users/me', { token }),
});
