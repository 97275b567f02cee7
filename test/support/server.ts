import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface RunningServer {
  readonly child: ChildProcess;
  /** http://127.0.0.1:<port> */
  readonly origin: string;
  /** Everything the process wrote to stdout and stderr so far (its log). */
  readonly output: () => string;
  readonly stop: () => Promise<void>;
}

/** Everything a child process writes to stdout and stderr, as it comes. */
export function outputOf(child: ChildProcess): () => string {
  let output = '';
  const add = (chunk: unknown) => {
    output += String(chunk);
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  return () => output;
}

/** The real server process (src/server.ts) on a free-looking port of the loopback interface, ready. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), CLOSE_GRACE_MS: '2000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = outputOf(child);
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  };
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`the server exited: ${output()}`);
    try {
      if ((await fetch(`${origin}/v1/health`)).ok) return { child, origin, output, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stop();
  throw new Error(`the server did not start: ${output()}`);
}
