import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

/** Serves the built static site on localhost, with its precompressed .gz files; port 0 picks a free one. */
export function serve(dir: string, port = 0): Promise<{ server: Server; url: string }> {
  const files = sirv(dir, { dev: false, etag: true, gzip: true, extensions: ['html'] });
  const server = createServer((req, res) => files(req, res, () => {
    res.statusCode = 404;
    res.end('not found');
  }));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      resolve({ server, url: `http://localhost:${p}/` });
    });
  });
}
