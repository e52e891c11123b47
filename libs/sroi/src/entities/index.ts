import { SroiContractEntity } from './contract.entity';
import { SroiCoordinatorEntity, SroiRegionSettingEntity } from './coordination.entity';
import { SroiRealisationChangeEntity, SroiRealisationEntity } from './realisation.entity';
import { SroiValuationBonusEntity, SroiValuationCategoryEntity, SroiValuationTableEntity } from './valuation-table.entity';

export * from './valuation-table.entity';
export * from './contract.entity';
export * from './realisation.entity';
export * from './coordination.entity';

export const SROI_ENTITIES = [
  SroiValuationTableEntity,
  SroiValuationCategoryEntity,
  SroiValuationBonusEntity,
  SroiContractEntity,
  SroiRealisationEntity,
  SroiRealisationChangeEntity,
  SroiCoordinatorEntity,
  SroiRegionSettingEntity,
];
