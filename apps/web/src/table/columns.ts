// A table column described as data: its id (also its sort key), title, cell and layout hints.
import type { ReactNode } from 'react';

export type ColumnWidth = 10 | 15 | 20 | 25 | 30 | 35 | 40 | 45 | 50 | 60;

export interface ColumnDef<Row, K extends string> {
  id: K;
  title: string;
  cell: (row: Row) => ReactNode;
  width?: ColumnWidth;
  /** Cut long text to one line (the full text stays available to assistive technology and on hover). */
  truncate?: boolean;
}
