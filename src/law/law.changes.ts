import { Client, type ClientConfig } from 'pg';

/** Tells the law cache when the law may have changed; while `listening` is false it must not trust its copy. */
export interface LawChanges {
  readonly listening: boolean;
  onChange(callback: () => void): void;
}

export const LAW_CHANGED_CHANNEL = 'law_changed';
const RECONNECT_MS = 1_000;

/**
 * One PostgreSQL connection of its own that LISTENs on `law_changed` (sent by the law tables' revision trigger when
 * a change commits, in any process). Losing the connection, and getting it back, count as changes: notifications
 * sent meanwhile are lost, so the cache goes back to reading the revision until it is listening again.
 */
export class LawChangeListener implements LawChanges {
  listening = false;
  private client: Client | null = null;
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly callbacks: (() => void)[] = [];

  constructor(private readonly config: ClientConfig) {}

  onChange(callback: () => void): void {
    this.callbacks.push(callback);
  }

  /** Connects and listens; a failure is retried in the background (the cache reads the revision meanwhile). */
  async start(): Promise<void> {
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.lost();
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    this.retry = null;
    const client = new Client({ ...this.config, application_name: 'kosovo-law-listener' });
    this.client = client;
    client.on('notification', () => this.changed());
    client.on('error', () => this.drop(client));
    client.on('end', () => this.drop(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${LAW_CHANGED_CHANNEL}`);
    } catch {
      this.drop(client);
      return;
    }
    if (this.client !== client) return;
    this.listening = true;
    // Whatever committed before LISTEN was not announced to us.
    this.changed();
  }

  private drop(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.lost();
    client.end().catch(() => undefined);
    if (!this.stopped) this.retry = setTimeout(() => void this.connect(), RECONNECT_MS).unref();
  }

  private lost(): void {
    this.listening = false;
    this.changed();
  }

  private changed(): void {
    for (const callback of this.callbacks) callback();
  }
}
