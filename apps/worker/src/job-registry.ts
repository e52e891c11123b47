import { Injectable } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { JOBS, JobName } from '@wsp/queue';
import { JOB_HANDLER_KEY, JobHandler } from './job-handler';

/** Finds the job handlers and checks at startup that every declared job has exactly one. */
@Injectable()
export class JobRegistry {
  /**
   * Wrappers, not instances: while this constructor runs, a handler not yet instantiated is only
   * a placeholder object (no injected fields), which Nest replaces afterwards.
   */
  private readonly handlers = new Map<JobName, { readonly instance: unknown }>();

  constructor(discovery: DiscoveryService) {
    const found = new Map<string, number>();
    for (const wrapper of discovery.getProviders()) {
      const { metatype, instance } = wrapper;
      if (!metatype || !instance) continue;
      const name = Reflect.getMetadata(JOB_HANDLER_KEY, metatype) as JobName | undefined;
      if (!name) continue;
      found.set(name, (found.get(name) ?? 0) + 1);
      this.handlers.set(name, wrapper);
    }
    const problems: string[] = [];
    for (const job of Object.values(JOBS)) {
      const n = found.get(job.name) ?? 0;
      if (n !== 1) problems.push(`job "${job.name}" has ${n} handlers (expected exactly 1)`);
    }
    for (const name of found.keys()) {
      if (!Object.values(JOBS).some((j) => j.name === name)) problems.push(`handler for undeclared job "${name}"`);
    }
    if (problems.length) throw new Error(`Job handler check failed:\n  ${problems.join('\n  ')}`);
  }

  get(name: string): JobHandler | undefined {
    return this.handlers.get(name as JobName)?.instance as JobHandler | undefined;
  }
}
