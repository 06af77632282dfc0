import { checkLiteralHost, classifyAddress, guardedLookup, isAllowedAddress } from '../../../plugin/server/src/webhooks/address-policy';

describe('classifyAddress', () => {
  test.each([
    ['127.0.0.1', 'loopback'],
    ['::1', 'loopback'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['fe80::1', 'link-local'],
    ['0.0.0.0', 'reserved'],
    ['::', 'reserved'],
    ['224.0.0.1', 'reserved'],
    ['93.184.216.34', 'public'],
    ['172.32.0.1', 'public'],
    ['2606:4700::1111', 'public'],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  test('only public addresses pass unless private targets are allowed', () => {
    expect(isAllowedAddress('10.0.0.1', false)).toBe(false);
    expect(isAllowedAddress('10.0.0.1', true)).toBe(true);
    expect(isAllowedAddress('8.8.8.8', false)).toBe(true);
  });
});

describe('checks at delivery time', () => {
  test('literal IPs in the URL are refused before connecting, including bracketed IPv6', () => {
    expect(() => checkLiteralHost('127.0.0.1', false)).toThrow(/loopback/);
    expect(() => checkLiteralHost('[::1]', false)).toThrow(/loopback/);
    expect(() => checkLiteralHost('[::ffff:7f00:1]', false)).toThrow(/loopback/);
    expect(() => checkLiteralHost('example.com', false)).not.toThrow();
    expect(() => checkLiteralHost('127.0.0.1', true)).not.toThrow();
  });

  test('a hostname is checked by the address it resolves to', async () => {
    const lookup = guardedLookup(false);
    const error = await new Promise<Error | null>((resolve) => lookup('localhost', {}, (err) => resolve(err)));
    expect(error?.message).toMatch(/localhost resolves to .* \(loopback\)/);
    const allowed = guardedLookup(true);
    const address = await new Promise<unknown>((resolve) => allowed('localhost', {}, (_err, addr) => resolve(addr)));
    expect(['127.0.0.1', '::1']).toContain(address);
  });
});
