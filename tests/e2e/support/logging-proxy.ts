import { createServer, request as httpRequest } from 'node:http';
import { connect } from 'node:net';

/**
 * An HTTP proxy every Firefox request goes through, recording each: plain http by its full URL,
 * https by the host:port of its tunnel (CONNECT). Firefox's WebDriver BiDi network events do not
 * cover an extension's background page (measured), so this is where its requests can be seen.
 */
export interface LoggingProxy {
  port: number;
  /** http: the absolute URL asked for; https: "CONNECT host:port". */
  seen: string[];
  /** Firefox preferences that send every request, localhost included, through this proxy. */
  firefoxPrefs: Record<string, unknown>;
  /** The environment Firefox needs to honour the Remote Settings override in firefoxPrefs. */
  firefoxEnv: Record<string, string>;
  close: () => Promise<void>;
}

export async function startLoggingProxy(): Promise<LoggingProxy> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    const up = httpRequest(target, { method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    up.on('error', () => res.writeHead(502).end());
    req.pipe(up);
  });
  server.on('connect', (req, socket, head) => {
    seen.push(`CONNECT ${req.url ?? ''}`);
    const [host, port] = (req.url ?? '').split(':');
    const up = connect(Number(port), host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.write(head);
      up.pipe(socket);
      socket.pipe(up);
    });
    up.on('error', () => socket.destroy());
    socket.on('error', () => up.destroy());
  });
  // Tunnels outlive closeAllConnections: every socket is kept to be ended on close.
  const sockets = new Set<{ destroy: () => void }>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    seen,
    firefoxPrefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Firefox's own Remote Settings sync (firefox.settings.services.mozilla.com, seen here) is
      // pointed nowhere: the log is left with what pages and add-ons ask for.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
    },
    // Without it Firefox ignores the override above ("Ignoring preference override of remote settings server").
    firefoxEnv: { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
