import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';

/**
 * A Chromium started with --remote-debugging-pipe and spoken to over that pipe (DevTools
 * protocol, one JSON message per NUL-terminated chunk). No port is opened: only this process
 * can drive the browser. Just what printing needs: commands, their replies, and events.
 */

export class CdpError extends Error {}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
type EventHandler = (params: Record<string, unknown>, sessionId: string | undefined) => void;

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: unknown;
  error?: { message?: string };
  sessionId?: string;
}

export class CdpPipe {
  private readonly pending = new Map<number, Pending>();
  private readonly handlers = new Map<string, EventHandler[]>();
  private nextId = 1;
  /** Received text of a message not yet complete. */
  private parts: string[] = [];
  private exited: Error | null = null;
  private readonly stderrTail: string[] = [];
  readonly exit: Promise<void>;

  private constructor(private readonly process: ChildProcess) {
    const input = process.stdio[4] as Readable;
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => this.receive(chunk));
    // A browser that dies or is ended with a command still unread resets the pipes (ECONNRESET,
    // EPIPE). That is its exit, which the exit handler below reports to every waiting command;
    // unhandled, the stream error would end this process instead.
    for (const stream of [process.stdio[2], process.stdio[3], process.stdio[4]]) {
      stream?.on('error', () => undefined);
    }
    const stderr = process.stdio[2] as Readable;
    stderr.setEncoding('utf8');
    stderr.on('data', (chunk: string) => {
      this.stderrTail.push(chunk);
      if (this.stderrTail.length > 20) this.stderrTail.shift();
    });
    this.exit = new Promise((resolve) => {
      const done = (reason: string) => {
        this.exited ??= new CdpError(reason);
        for (const p of this.pending.values()) p.reject(this.exited);
        this.pending.clear();
        resolve();
      };
      process.once('exit', (code, signal) => done(`browser exited (${signal ?? code})`));
      process.once('error', (error) => done(error.message));
    });
  }

  /** Starts the browser; resolves once it answers over the pipe. */
  static async launch(executable: string, args: readonly string[]): Promise<CdpPipe> {
    // A process group of its own, so close() ends the browser with all its helper processes.
    const child = spawn(executable, [...args, '--remote-debugging-pipe'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      detached: true,
    });
    const pipe = new CdpPipe(child);
    try {
      await pipe.send('Browser.getVersion');
    } catch (error) {
      child.kill('SIGKILL');
      const detail = pipe.stderrTail.join('').trim().split('\n').pop() ?? '';
      throw new CdpError(`${(error as Error).message}${detail ? `: ${detail}` : ''}`);
    }
    return pipe;
  }

  private receive(chunk: string): void {
    // A printed PDF comes back as one message of megabytes in many chunks: only a chunk that
    // holds a message's end is worth searching and joining.
    if (!chunk.includes('\0')) {
      this.parts.push(chunk);
      return;
    }
    this.parts.push(chunk);
    const pieces = this.parts.join('').split('\0');
    this.parts = [pieces.pop()!];
    for (const text of pieces) this.dispatch(text);
  }

  private dispatch(text: string): void {
    let message: Message;
    try {
      message = JSON.parse(text) as Message;
    } catch {
      return;
    }
    if (message.id !== undefined) {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.error) pending.reject(new CdpError(message.error.message ?? 'CDP error'));
      else pending.resolve(message.result);
    } else if (message.method) {
      for (const handler of this.handlers.get(message.method) ?? []) {
        handler(message.params ?? {}, message.sessionId);
      }
    }
  }

  send<T = Record<string, unknown>>(
    method: string,
    params: Record<string, unknown> = {},
    sessionId?: string,
  ): Promise<T> {
    if (this.exited) return Promise.reject(this.exited);
    const id = this.nextId++;
    const message = JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) });
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      (this.process.stdio[3] as Writable).write(`${message}\0`);
    });
  }

  on(method: string, handler: EventHandler): void {
    const list = this.handlers.get(method) ?? [];
    list.push(handler);
    this.handlers.set(method, list);
  }

  /** The browser's process id (its process group's too). */
  get pid(): number | undefined {
    return this.process.pid;
  }

  get running(): boolean {
    return this.exited === null;
  }

  /**
   * Ends the browser and its helpers at once. A print browser has nothing to save (its
   * profile is thrown away), and a graceful quit costs a noticeable part of a CLI export.
   */
  async close(): Promise<void> {
    if (this.exited) return;
    const pid = this.process.pid;
    try {
      if (pid !== undefined) process.kill(-pid, 'SIGKILL');
      else this.process.kill('SIGKILL');
    } catch {
      this.process.kill('SIGKILL');
    }
    await this.exit;
  }
}
