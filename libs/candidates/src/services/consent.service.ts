import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { EmployerEntity } from '@wsp/acquisition';
import { Actor, Clock, ConflictError, ConnectionShape, isIsoDate, NotFoundError, PageArgs, paginate, todayIn, ValidationError } from '@wsp/common';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import { recordEvents } from '@wsp/events';
import { CandidateEntity } from '../entities/candidate.entity';
import { IdentityConsentEntity, MatchingConsentEntity, MatchingScope } from '../entities/consent.entity';
import { assertCanRead, assertCanWrite } from '../domain/candidate-access';
import { GrantMatchingConsentInput, RecordIdentityConsentInput } from '../graphql/candidate.inputs';
import { CANDIDATE_AGGREGATE, findCandidate, isUuid, lockCandidate } from './candidate-store';

export type MatchingConsentView = MatchingConsentEntity & { active: boolean };
export type IdentityConsentView = IdentityConsentEntity & { active: boolean; employerName: string };

/**
 * The candidate's consents, recorded by the consultant (AVG art. 6/7 and 9 lid 2 sub a;
 * Participatiewet art. 65): to be matched (anonymised) to vacancies, and to have their identity
 * shared with one named employer. Both are revocable and kept as history.
 */
@Injectable()
export class ConsentService {
  private readonly logger = new Logger('CandidateConsent');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private assertGrantDate(date: string, field: string): void {
    if (!isIsoDate(date)) throw new ValidationError('Ongeldige datum (JJJJ-MM-DD)', field);
    if (date > todayIn(this.config.timeZone, this.clock.now())) throw new ValidationError('De datum ligt in de toekomst', field);
  }

  /**
   * Records the candidate's agreement to be matched. An active consent is replaced (revoked and
   * superseded), so there is at most one; visible_for_matching follows in the same transaction.
   */
  async grantMatching(actor: Actor, input: GrantMatchingConsentInput): Promise<MatchingConsentView> {
    this.assertGrantDate(input.grantedOn, 'grantedOn');
    const codes = [...new Set((input.municipalityCodes ?? []).map((c) => c.trim().toUpperCase()))].sort();
    if (input.scope === MatchingScope.MUNICIPALITIES && codes.length === 0) {
      throw new ValidationError('Noem minstens één gemeente', 'municipalityCodes');
    }
    if (input.scope === MatchingScope.REGION && codes.length > 0) {
      throw new ValidationError('Bij de hele regio horen geen gemeenten', 'municipalityCodes');
    }
    if (codes.length > 0) {
      const known = await this.dataSource.query<{ code: string }[]>(`SELECT code FROM municipalities WHERE code = ANY($1::text[])`, [codes]);
      const unknown = codes.filter((c) => !known.some((k) => k.code === c));
      if (unknown.length > 0) throw new ValidationError(`Onbekende gemeente(n): ${unknown.join(', ')}`, 'municipalityCodes');
    }

    const id = await this.dataSource.transaction(async (manager) => {
      const candidate = await lockCandidate(manager, input.candidateId);
      assertCanWrite(actor, candidate);
      const now = this.clock.now();
      await manager.update(MatchingConsentEntity, { candidateId: candidate.id, revokedAt: IsNull() }, { revokedAt: now, revokedById: actor.userId });
      const inserted = await manager.insert(MatchingConsentEntity, {
        candidateId: candidate.id,
        scope: input.scope,
        municipalityCodes: codes,
        grantedOn: input.grantedOn,
        recordedById: actor.userId,
        revokedAt: null,
        revokedById: null,
      });
      await this.syncVisibility(manager, candidate, { scope: input.scope, municipalityCodes: codes });
      return (inserted.identifiers[0] as { id: string }).id;
    });
    this.logger.log({ msg: 'matching consent granted', candidateId: input.candidateId, consentId: id, scope: input.scope });
    return this.matchingView(await this.dataSource.getRepository(MatchingConsentEntity).findOneByOrFail({ id }));
  }

  async revokeMatching(actor: Actor, candidateId: string): Promise<MatchingConsentView> {
    const id = await this.dataSource.transaction(async (manager) => {
      const candidate = await lockCandidate(manager, candidateId);
      assertCanWrite(actor, candidate);
      const active = await manager.findOne(MatchingConsentEntity, { where: { candidateId: candidate.id, revokedAt: IsNull() } });
      if (!active) throw new ConflictError('Er is geen geldige toestemming voor matching om in te trekken');
      await manager.update(MatchingConsentEntity, { id: active.id }, { revokedAt: this.clock.now(), revokedById: actor.userId });
      await this.syncVisibility(manager, candidate, null);
      return active.id;
    });
    this.logger.log({ msg: 'matching consent revoked', candidateId, consentId: id });
    return this.matchingView(await this.dataSource.getRepository(MatchingConsentEntity).findOneByOrFail({ id }));
  }

  /** candidates.visible_for_matching = an unrevoked consent exists; publishes the new visibility and scope. */
  private async syncVisibility(
    manager: EntityManager,
    candidate: CandidateEntity,
    consent: { scope: MatchingScope; municipalityCodes: string[] } | null,
  ): Promise<void> {
    const visible = consent !== null;
    if (candidate.visibleForMatching !== visible) {
      await manager.update(CandidateEntity, { id: candidate.id }, { visibleForMatching: visible });
    }
    await recordEvents(manager, [
      {
        aggregateType: CANDIDATE_AGGREGATE,
        aggregateId: candidate.id,
        type: 'candidate.visibility_changed',
        payload: { candidateId: candidate.id, visibleForMatching: visible, scope: consent?.scope ?? null, municipalityCodes: consent?.municipalityCodes ?? [] },
      },
    ]);
  }

  async recordIdentity(actor: Actor, input: RecordIdentityConsentInput): Promise<IdentityConsentView> {
    this.assertGrantDate(input.grantedOn, 'grantedOn');
    const documentReference = input.documentReference.trim();
    if (!documentReference) throw new ValidationError('Verwijs naar het getekende toestemmingsformulier', 'documentReference');
    assertCanWrite(actor, await findCandidate(this.dataSource.manager, input.candidateId));
    const employer = await this.dataSource.getRepository(EmployerEntity).findOneBy({ id: input.employerId });
    if (!employer) throw new NotFoundError('Werkgever', input.employerId);

    const id = await this.dataSource.transaction(async (manager) => {
      const candidate = await lockCandidate(manager, input.candidateId);
      assertCanWrite(actor, candidate);
      const active = await manager.exists(IdentityConsentEntity, { where: { candidateId: candidate.id, employerId: employer.id, revokedAt: IsNull() } });
      if (active) throw new ConflictError('Er is al een geldige toestemming voor deze werkgever', { field: 'employerId' });
      const inserted = await manager.insert(IdentityConsentEntity, {
        candidateId: candidate.id,
        employerId: employer.id,
        grantedOn: input.grantedOn,
        documentReference,
        recordedById: actor.userId,
        revokedAt: null,
        revokedById: null,
      });
      return (inserted.identifiers[0] as { id: string }).id;
    });
    this.logger.log({ msg: 'identity consent recorded', candidateId: input.candidateId, consentId: id, employerId: employer.id });
    return this.identityView(id);
  }

  async revokeIdentity(actor: Actor, consentId: string): Promise<IdentityConsentView> {
    await this.dataSource.transaction(async (manager) => {
      const consent = isUuid(consentId) ? await manager.findOne(IdentityConsentEntity, { where: { id: consentId } }) : null;
      if (!consent) throw new NotFoundError('Toestemming', consentId);
      const candidate = await lockCandidate(manager, consent.candidateId);
      assertCanWrite(actor, candidate);
      if (consent.revokedAt) throw new ConflictError('Deze toestemming is al ingetrokken');
      await manager.update(IdentityConsentEntity, { id: consent.id }, { revokedAt: this.clock.now(), revokedById: actor.userId });
    });
    this.logger.log({ msg: 'identity consent revoked', consentId });
    return this.identityView(consentId);
  }

  async listMatching(actor: Actor, candidateId: string, page: PageArgs): Promise<ConnectionShape<MatchingConsentView>> {
    const candidate = await findCandidate(this.dataSource.manager, candidateId);
    assertCanRead(actor, candidate);
    const qb = this.dataSource
      .getRepository(MatchingConsentEntity)
      .createQueryBuilder('m')
      .where('m.candidate_id = :id', { id: candidate.id })
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC');
    const result = await paginate(qb, page);
    return mapConnection(result, (m) => this.matchingView(m));
  }

  async listIdentity(actor: Actor, candidateId: string, page: PageArgs): Promise<ConnectionShape<IdentityConsentView>> {
    const candidate = await findCandidate(this.dataSource.manager, candidateId);
    assertCanRead(actor, candidate);
    const qb = this.dataSource
      .getRepository(IdentityConsentEntity)
      .createQueryBuilder('i')
      .leftJoinAndSelect('i.employer', 'e')
      .where('i.candidate_id = :id', { id: candidate.id })
      .orderBy('i.created_at', 'DESC')
      .addOrderBy('i.id', 'DESC');
    const result = await paginate(qb, page);
    return mapConnection(result, (i) => ({ ...i, active: i.revokedAt === null, employerName: i.employer?.name ?? '' }));
  }

  /** For the matching capability: may this candidate's identity be shown to this employer? */
  async hasIdentityConsent(candidateId: string, employerId: string): Promise<boolean> {
    return this.dataSource.getRepository(IdentityConsentEntity).exists({ where: { candidateId, employerId, revokedAt: IsNull() } });
  }

  private matchingView(m: MatchingConsentEntity): MatchingConsentView {
    return { ...m, active: m.revokedAt === null };
  }

  private async identityView(id: string): Promise<IdentityConsentView> {
    const consent = await this.dataSource.getRepository(IdentityConsentEntity).findOneOrFail({ where: { id }, relations: { employer: true } });
    return { ...consent, active: consent.revokedAt === null, employerName: consent.employer?.name ?? '' };
  }
}

function mapConnection<A, B>(c: ConnectionShape<A>, f: (a: A) => B): ConnectionShape<B> {
  return { ...c, nodes: c.nodes.map(f), edges: c.edges.map((e) => ({ ...e, node: f(e.node) })) };
}
