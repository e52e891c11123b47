import { EntityManager } from 'typeorm';
import { OutboxEventEntity } from './outbox-event.entity';

export interface DomainEvent {
  aggregateType: string;
  aggregateId: string;
  type: string;
  payload: Record<string, unknown>;
}

/** Records domain events inside the caller's transaction (pass the transaction's manager). */
export async function recordEvents(manager: EntityManager, events: DomainEvent[]): Promise<void> {
  if (events.length === 0) return;
  await manager.insert(
    OutboxEventEntity,
    events.map((e) => ({ ...e, payload: e.payload as never, dispatchedAt: null })),
  );
}
