import dns from 'node:dns';
import net from 'node:net';

export type AddressKind = 'public' | 'loopback' | 'private' | 'link-local' | 'reserved';

const ranges: [AddressKind, string, number, 'ipv4' | 'ipv6'][] = [
  ['loopback', '127.0.0.0', 8, 'ipv4'],
  ['loopback', '::1', 128, 'ipv6'],
  ['private', '10.0.0.0', 8, 'ipv4'],
  ['private', '172.16.0.0', 12, 'ipv4'],
  ['private', '192.168.0.0', 16, 'ipv4'],
  ['private', '100.64.0.0', 10, 'ipv4'],
  ['private', 'fc00::', 7, 'ipv6'],
  ['link-local', '169.254.0.0', 16, 'ipv4'],
  ['link-local', 'fe80::', 10, 'ipv6'],
  ['reserved', '0.0.0.0', 8, 'ipv4'],
  ['reserved', '192.0.0.0', 24, 'ipv4'],
  ['reserved', '192.0.2.0', 24, 'ipv4'],
  ['reserved', '198.18.0.0', 15, 'ipv4'],
  ['reserved', '198.51.100.0', 24, 'ipv4'],
  ['reserved', '203.0.113.0', 24, 'ipv4'],
  ['reserved', '224.0.0.0', 4, 'ipv4'],
  ['reserved', '240.0.0.0', 4, 'ipv4'],
  ['reserved', '::', 128, 'ipv6'],
  ['reserved', '100::', 64, 'ipv6'],
  ['reserved', '2001:db8::', 32, 'ipv6'],
  ['reserved', 'ff00::', 8, 'ipv6'],
];

const lists = new Map<AddressKind, net.BlockList>();
for (const [kind, network, prefix, family] of ranges) {
  if (!lists.has(kind)) lists.set(kind, new net.BlockList());
  lists.get(kind)!.addSubnet(network, prefix, family);
}

/** What kind of address an IP literal is; BlockList also sees through IPv4-mapped IPv6 (::ffff:127.0.0.1). */
export const classifyAddress = (address: string): AddressKind => {
  const family = net.isIP(address);
  if (family === 0) throw new Error(`Not an IP address: ${address}`);
  for (const [kind, list] of lists) {
    if (list.check(address, family === 4 ? 'ipv4' : 'ipv6')) return kind;
  }
  return 'public';
};

export const isAllowedAddress = (address: string, allowPrivate: boolean) => allowPrivate || classifyAddress(address) === 'public';

export class RefusedTargetError extends Error {
  constructor(host: string, address: string) {
    super(`Refused: ${host} resolves to ${address} (${classifyAddress(address)}); set SHOWRUNNER_WEBHOOKS_ALLOW_PRIVATE=true to allow it.`);
    this.name = 'RefusedTargetError';
  }
}

/** Literal IPs never reach a DNS lookup, so they are checked before connecting. */
export const checkLiteralHost = (hostname: string, allowPrivate: boolean) => {
  const host = hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host) && !isAllowedAddress(host, allowPrivate)) throw new RefusedTargetError(host, host);
};

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that checks the addresses the socket will actually connect to,
 * so a hostname cannot pass a check and then be re-pointed at an internal address (DNS rebinding).
 * A name with any disallowed address is refused as a whole.
 */
export const guardedLookup =
  (allowPrivate: boolean) =>
  (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const refused = addresses.find(({ address }) => !isAllowedAddress(address, allowPrivate));
      if (refused) return callback(new RefusedTargetError(hostname, refused.address), '');
      if (options.all) return callback(null, addresses);
      const [first] = addresses;
      if (!first) return callback(Object.assign(new Error(`No address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      callback(null, first.address, first.family);
    });
  };
