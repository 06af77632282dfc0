import http from 'node:http';

/**
 * The ceiling: a bare Node HTTP server answering every request with the same bytes our /graphql
 * sends for a series page, with the same content type. Run as its own process by the bench.
 */
const [bodyBase64, contentType] = process.argv.slice(2);
const body = Buffer.from(bodyBase64, 'base64');

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
    res.end(body);
  });
});

server.keepAliveTimeout = 5000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ port: typeof address === 'object' && address ? address.port : 0 });
});
