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
  close(): Promise<void>;
}
