import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * The server's open connections, so that a shutdown whose grace period ends can reset them: a
 * reset (TCP RST) is a transport error for the client, where a plain close after a streamed or
 * unframed 200 could pass for a complete answer.
 */
export function trackConnections(server: Server): { resetAll: () => number } {
  const open = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
  });
  return {
    resetAll: () => {
      const count = open.size;
      for (const socket of open) socket.resetAndDestroy();
      open.clear();
      return count;
    },
  };
}
