export interface QueryOptions {
  /**
   * Plan the statement for its values on every run instead of preparing it once: for the few
   * queries whose best plan depends on the values (a search term that matches three dossiers or
   * three hundred thousand), where the generic plan a prepared statement switches to after five
   * runs would read every row.
   */
  planEachRun?: boolean;
}

/** The one interface the modules use, whichever engine runs underneath. */
export interface Queryable {
  query<Row = Record<string, unknown>>(sql: string, params?: readonly unknown[], options?: QueryOptions): Promise<{ rows: Row[]; rowCount: number }>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Hears every NOTIFY on the channel, from this instance and every other one on the database,
   * until the returned function is called. On PostgreSQL one connection listens for the whole
   * instance and comes back by itself when it drops; `onReconnect` runs then, as notifications
   * sent meanwhile were lost (a listener re-reads what it shows).
   */
  listen(channel: string, onNotification: (payload: string) => void, onReconnect?: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
