import { Module } from '@nestjs/common';
import { EscoResolver } from './graphql/esco.resolver';
import { GeoResolver } from './graphql/geo.resolver';
import { ReferenceDataService } from './reference-data.service';

/**
 * Public reference data (postcodes, municipalities, ESCO). Other contexts import this module to
 * inject `ReferenceDataService`; it needs only the application's TypeORM connection.
 */
@Module({
  providers: [ReferenceDataService, GeoResolver, EscoResolver],
  exports: [ReferenceDataService],
})
export class ReferenceDataModule {}
