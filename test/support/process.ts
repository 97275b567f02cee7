import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Served {
  readonly child: ChildProcess;
  readonly port: number;
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  /** What the process has written to stdout and stderr (its log) so far. */
  readonly log: () => string;
  readonly stop: () => Promise<void>;
}

/**
 * The real server process (src/server.ts) on a free port with the given environment, once it
 * answers health; `shell` runs it under `sh -c` with that prefix (e.g. `ulimit -n 256;`).
 */
export async function serve(env: Record<string, string>, shell?: string): Promise<Served> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await serveOnce(20000 + Math.floor(Math.random() * 30000), env, shell);
    } catch (error) {
      // Another process on the machine took the port: try another one.
      if (attempt === 3 || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

async function serveOnce(port: number, env: Record<string, string>, shell?: string): Promise<Served> {
  const node = [process.execPath, '--import', 'tsx', 'src/server.ts'];
  const fullEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env };
  const child = shell
    ? spawn('sh', ['-c', `${shell} exec "$@"`, 'sh', ...node], { cwd: ROOT, env: fullEnv })
    : spawn(node[0] as string, node.slice(1), { cwd: ROOT, env: fullEnv });
  const output = outputOf(child);
  const log = () => output().all;
  try {
    await waitForHealth(port, child);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}: ${log()}`);
  }
  return {
    child,
    port,
    origin: `http://127.0.0.1:${port}`,
    log,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await once(child, 'exit');
    },
  };
}

/** A raw TCP connection to the server, for requests no HTTP client would send. */
export async function rawSocket(port: number): Promise<Socket> {
  const socket = connect({ port, host: '127.0.0.1' });
  await once(socket, 'connect');
  return socket;
}

/** Everything the server sends on a socket until it closes it (or `ms` pass), with when it closed. */
export function readAll(
  socket: Socket,
  ms: number,
): Promise<{ text: string; closed: boolean; error?: string }> {
  return new Promise((resolve) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      text += chunk;
    });
    const timer = setTimeout(() => resolve({ text, closed: false }), ms);
    socket.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ text, closed: true, error: error.code ?? error.message });
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ text, closed: true });
    });
  });
}

/** The status line's code and the parsed JSON body of a raw HTTP/1.1 answer. */
export function parseRaw(text: string): { status: number; headers: string; body: unknown } {
  const [head = '', ...rest] = text.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
  let body: unknown;
  try {
    body = JSON.parse(rest.join('\r\n\r\n'));
  } catch {
    body = undefined;
  }
  return { status, headers: head.toLowerCase(), body };
}

export async function health(port: number): Promise<number> {
  return fetch(`http://127.0.0.1:${port}/v1/health`, { headers: { connection: 'close' } }).then(
    (res) => res.status,
    () => 0,
  );
}

/** The server from source (tsx) as its own process on 127.0.0.1:port, silent, with extra variables. */
export function spawnServer(port: number, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
    stdio: 'ignore',
  });
}

/**
 * Waits (up to 20 s: tsx starts slowly on a busy machine) until a spawned server answers GET
 * /v1/health with 2xx; with the child given, fails at once when it exits instead.
 */
export async function waitForHealth(port: number, child?: ChildProcess): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) throw new Error('the server exited');
    try {
      if ((await fetch(`http://127.0.0.1:${port}/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the server did not start');
}

/** What a spawned process (stdio piped) has written so far: stdout, stderr, and both as they came. */
export function outputOf(child: ChildProcess): () => { stdout: string; stderr: string; all: string } {
  let stdout = '';
  let stderr = '';
  let all = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
    all += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
    all += chunk;
  });
  return () => ({ stdout, stderr, all });
}
