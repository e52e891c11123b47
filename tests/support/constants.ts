import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Kept free of project imports: the global setup must not load Nest into Jest's outer realm. */
export const TEMPLATE_DB = 'wsp_template';
export const HARNESS_FILE = join(tmpdir(), `wsp-harness-${process.ppid}.json`);
