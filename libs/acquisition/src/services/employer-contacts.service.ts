import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not } from 'typeorm';
import { Actor, NotFoundError, ValidationError } from '@wsp/common';
import { EmployerContactEntity } from '../entities/employer-contact.entity';
import { EmployerContactInput, UpdateEmployerContactInput } from '../graphql/employer.inputs';
import { isUuid } from './access';
import { EmployerAccessService } from './employer-access.service';

/** Upper bound that keeps the contacts list of an employer a small, unpaginated list. */
export const MAX_CONTACTS_PER_EMPLOYER = 50;

const trimOrNull = (value: string | null | undefined): string | null => value?.trim() || null;

/**
 * Contact persons of an employer. Names, e-mail addresses and phone numbers are personal data:
 * they are never logged (only ids are).
 */
@Injectable()
export class EmployerContactsService {
  private readonly logger = new Logger('Acquisition');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: EmployerAccessService,
  ) {}

  /** Contacts of an employer the caller has already been allowed to read: primary first, then by name. */
  listForEmployer(employerId: string): Promise<EmployerContactEntity[]> {
    return this.dataSource.getRepository(EmployerContactEntity).find({
      where: { employerId },
      order: { isPrimary: 'DESC', name: 'ASC', id: 'ASC' },
    });
  }

  async add(actor: Actor, employerId: string, input: EmployerContactInput): Promise<EmployerContactEntity> {
    const name = input.name.trim();
    if (!name) throw new ValidationError('Naam mag niet leeg zijn', 'name');
    const contact = await this.dataSource.transaction(async (manager) => {
      // The employer row lock serialises contact changes, so "at most one primary" holds.
      await this.access.getEmployerForManagement(actor, employerId, { manager, lock: true });
      const count = await manager.count(EmployerContactEntity, { where: { employerId } });
      if (count >= MAX_CONTACTS_PER_EMPLOYER) {
        throw new ValidationError(`Een werkgever heeft hoogstens ${MAX_CONTACTS_PER_EMPLOYER} contactpersonen`, 'employerId');
      }
      const isPrimary = input.isPrimary ?? false;
      if (isPrimary) await this.clearPrimary(manager, employerId);
      return manager.save(
        manager.create(EmployerContactEntity, {
          employerId,
          name,
          jobTitle: trimOrNull(input.jobTitle),
          email: trimOrNull(input.email)?.toLowerCase() ?? null,
          phone: trimOrNull(input.phone),
          isPrimary,
        }),
      );
    });
    this.logger.log({ msg: 'employer contact added', employerId, contactId: contact.id, isPrimary: contact.isPrimary, actorId: actor.userId });
    return contact;
  }

  async update(actor: Actor, contactId: string, input: UpdateEmployerContactInput): Promise<EmployerContactEntity> {
    const employerId = await this.employerOf(contactId);
    const contact = await this.dataSource.transaction(async (manager) => {
      await this.access.getEmployerForManagement(actor, employerId, { manager, lock: true });
      const current = await manager.findOneBy(EmployerContactEntity, { id: contactId });
      if (!current) throw new NotFoundError('Contactpersoon', contactId);
      if (input.name !== undefined) {
        current.name = input.name.trim();
        if (!current.name) throw new ValidationError('Naam mag niet leeg zijn', 'name');
      }
      if (input.jobTitle !== undefined) current.jobTitle = trimOrNull(input.jobTitle);
      if (input.email !== undefined) current.email = trimOrNull(input.email)?.toLowerCase() ?? null;
      if (input.phone !== undefined) current.phone = trimOrNull(input.phone);
      if (input.isPrimary !== undefined) {
        if (input.isPrimary) await this.clearPrimary(manager, employerId, contactId);
        current.isPrimary = input.isPrimary;
      }
      return manager.save(current);
    });
    this.logger.log({ msg: 'employer contact updated', employerId, contactId, actorId: actor.userId });
    return contact;
  }

  /** Removes a contact; contact moments that named this person keep their record without the link. */
  async remove(actor: Actor, contactId: string): Promise<string> {
    const employerId = await this.employerOf(contactId);
    await this.dataSource.transaction(async (manager) => {
      await this.access.getEmployerForManagement(actor, employerId, { manager, lock: true });
      await manager.delete(EmployerContactEntity, { id: contactId });
    });
    this.logger.log({ msg: 'employer contact removed', employerId, contactId, actorId: actor.userId });
    return contactId;
  }

  private async employerOf(contactId: string): Promise<string> {
    const contact = isUuid(contactId)
      ? await this.dataSource.getRepository(EmployerContactEntity).findOne({ where: { id: contactId }, select: { id: true, employerId: true } })
      : null;
    if (!contact) throw new NotFoundError('Contactpersoon', contactId);
    return contact.employerId;
  }

  private async clearPrimary(manager: EntityManager, employerId: string, exceptId?: string): Promise<void> {
    await manager.update(
      EmployerContactEntity,
      exceptId ? { employerId, isPrimary: true, id: Not(exceptId) } : { employerId, isPrimary: true },
      { isPrimary: false },
    );
  }
}
