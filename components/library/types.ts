/** What the library page's components show and report: plain data, no storage types. */
import type { AcceptedName, Draft } from '@/utils/library/build-document';

export type { AcceptedName, Draft };

export type Outcome = { ok: true; message: string } | { ok: false; message: string };

/** A proposed name on the review list. */
export interface ReviewName {
  name: string;
  kind: AcceptedName['kind'];
  aliases: string[];
  count: number;
  confident: boolean;
  /** The library entity it joins, by name, when the library has it already. */
  joins?: string;
}

/** One saved document's row. */
export interface DocumentRow {
  id: string;
  title: string;
  site?: string;
  added: string;
  entityCount: number;
  factCount: number;
  active: boolean;
  bundled: boolean;
}
