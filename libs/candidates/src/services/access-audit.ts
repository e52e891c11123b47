import { Injectable } from '@nestjs/common';
import { Actor } from '@wsp/common';
import { CandidateAccessLogService } from './access-log.service';

interface Entry {
  rowId: string;
  fields: Set<string>;
}

/**
 * Writes reads of identifying fields to the access log with one row per candidate per GraphQL
 * operation: a second read of the same candidate in the same operation (an alias, a search hit
 * that is also selected) adds its fields to that row instead of writing another.
 *
 * `request` identifies the operation (the HTTP request object: one operation per request).
 */
@Injectable()
export class CandidateAccessAudit {
  private readonly byRequest = new WeakMap<object, Map<string, Promise<Entry>>>();

  constructor(private readonly log: CandidateAccessLogService) {}

  async note(request: object, actor: Actor, candidateId: string, operation: string, fields: readonly string[]): Promise<void> {
    if (fields.length === 0) return;
    let entries = this.byRequest.get(request);
    if (!entries) {
      entries = new Map();
      this.byRequest.set(request, entries);
    }
    const key = `${operation}\u0000${candidateId}`;
    const existing = entries.get(key);
    if (!existing) {
      const sorted = [...new Set(fields)].sort();
      const created = this.log.record(actor, candidateId, operation, sorted).then((rowId) => ({ rowId, fields: new Set(sorted) }));
      entries.set(key, created);
      try {
        await created;
      } catch (e) {
        entries.delete(key);
        throw e;
      }
      return;
    }
    const entry = await existing;
    const extra = fields.filter((f) => !entry.fields.has(f));
    if (extra.length === 0) return;
    for (const f of extra) entry.fields.add(f);
    await this.log.addFields(entry.rowId, extra);
  }

  async noteMany(request: object, actor: Actor, reads: readonly { candidateId: string; fields: readonly string[] }[], operation: string): Promise<void> {
    await Promise.all(reads.map((r) => this.note(request, actor, r.candidateId, operation, r.fields)));
  }
}
