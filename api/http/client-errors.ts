import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Node's answer to a request it could not parse (bad request line, bad header, headers too big,
 * too slow): a bare status line, then the connection is closed. Nothing is written when a response
 * is already on its way on that connection, since a status line in the middle of it would corrupt it.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable || socket.bytesWritten > 0) {
    socket.destroy();
    return;
  }
  const status = statusOf(error.code);
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nconnection: close\r\ncontent-length: 0\r\n\r\n`);
  // A client that never reads would keep a half-closed socket alive; this bounds it.
  socket.setTimeout(5_000, () => socket.destroy());
}

function statusOf(code: string | undefined): number {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return 431;
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return 408;
    default:
      return 400;
  }
}
