import { Module } from '@nestjs/common';
import { LksResolver } from './graphql/lks.resolver';

/** Arrangements (loonkostensubsidie and, later, the other instruments). For now: the LKS calculator. */
@Module({ providers: [LksResolver] })
export class ArrangementsModule {}
