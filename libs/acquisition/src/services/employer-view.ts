import { Injectable } from '@nestjs/common';
import { ReferenceDataService, ResolvedPostcode } from '@wsp/reference-data';
import { EmployerEntity, EmployerSizeClass, PipelineStage, PsoLevel } from '../entities/employer.entity';
import { SbiSection, sbiSectionName } from '../domain/sbi';

/**
 * An employer as the API hands it out: the row plus its resolved location. The CRM fields
 * (`stage`, `lostReason`, `notes`) travel along but are only exposed through role-checked field
 * resolvers.
 */
export interface EmployerView {
  id: string;
  name: string;
  kvkNumber: string;
  sbiSection: SbiSection;
  sectorName: string;
  sizeClass: EmployerSizeClass;
  postcode: string;
  place: string | null;
  municipalityCode: string;
  municipalityName: string;
  latitude: number;
  longitude: number;
  inclusiveEmployer: boolean;
  psoLevel: PsoLevel | null;
  psoExpiresOn: string | null;
  website: string | null;
  ownerId: string;
  createdAt: Date;
  updatedAt: Date;
  stage: PipelineStage;
  lostReason: string | null;
  notes: string | null;
}

export function toEmployerView(e: EmployerEntity, location: ResolvedPostcode): EmployerView {
  return {
    id: e.id,
    name: e.name,
    kvkNumber: e.kvkNumber,
    sbiSection: e.sbiSection as SbiSection,
    sectorName: sbiSectionName(e.sbiSection) ?? e.sbiSection,
    sizeClass: e.sizeClass,
    postcode: e.postcode,
    place: location.place,
    municipalityCode: location.municipalityCode,
    municipalityName: location.municipalityName,
    latitude: Number(location.latitude),
    longitude: Number(location.longitude),
    inclusiveEmployer: e.inclusiveEmployer,
    psoLevel: e.psoLevel,
    psoExpiresOn: e.psoExpiresOn,
    website: e.website,
    ownerId: e.ownerId,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    stage: e.stage,
    lostReason: e.lostReason,
    notes: e.notes,
  };
}

/** Builds views, resolving each distinct PC4 once through the reference-data context. */
@Injectable()
export class EmployerViewBuilder {
  constructor(private readonly referenceData: ReferenceDataService) {}

  async one(employer: EmployerEntity): Promise<EmployerView> {
    return toEmployerView(employer, await this.referenceData.resolvePostcode(employer.postcode));
  }

  async many(employers: EmployerEntity[]): Promise<EmployerView[]> {
    const pc4s = [...new Set(employers.map((e) => e.postcode))];
    const resolved = await Promise.all(pc4s.map((pc4) => this.referenceData.resolvePostcode(pc4)));
    const byPc4 = new Map(resolved.map((r) => [r.pc4, r]));
    return employers.map((e) => toEmployerView(e, byPc4.get(e.postcode) as ResolvedPostcode));
  }
}
