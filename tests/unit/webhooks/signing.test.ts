import { Webhook } from 'standardwebhooks';
import { generateSecret, newMessageId, secretHint, signedHeaders } from '../../../plugin/server/src/webhooks/signing';

describe('signing', () => {
  test('headers verify with the standardwebhooks library', () => {
    const secret = generateSecret();
    const body = JSON.stringify({ type: 'series.renewed', timestamp: new Date().toISOString(), data: {} });
    const headers = signedHeaders([secret], 'msg_1', body);
    expect(new Webhook(secret).verify(body, headers)).toMatchObject({ type: 'series.renewed' });
    expect(() => new Webhook(generateSecret()).verify(body, headers)).toThrow();
  });

  test('during a rotation either secret verifies the same message', () => {
    const [next, previous] = [generateSecret(), generateSecret()];
    const body = '{"type":"content.published"}';
    const headers = signedHeaders([next, previous], 'msg_2', body);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(next).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(previous).verify(body, headers)).not.toThrow();
  });

  test('secrets carry 32 random bytes; hints and ids give nothing away', () => {
    const secret = generateSecret();
    expect(Buffer.from(secret.replace(/^whsec_/, ''), 'base64')).toHaveLength(32);
    expect(secretHint(secret)).toBe(`whsec_…${secret.slice(-6)}`);
    expect(newMessageId()).toMatch(/^msg_[0-9a-z]+$/);
    expect(newMessageId()).not.toBe(newMessageId());
  });
});
