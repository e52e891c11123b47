import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { AcquisitionModule } from '@wsp/acquisition';
import { ArrangementsModule } from '@wsp/arrangements';
import { AuthModule } from '@wsp/auth';
import { CandidatesModule } from '@wsp/candidates';
import { createValidationPipe, formatGraphQLError } from '@wsp/common';
import { AppConfig, ConfigModule } from '@wsp/config';
import { DatabaseModule } from '@wsp/database';
import { MatchingModule } from '@wsp/matching';
import { QueueModule } from '@wsp/queue';
import { ReferenceDataModule } from '@wsp/reference-data';
import { VacanciesModule } from '@wsp/vacancies';
import { PlacementsModule, PlacementVacancyActivityCounter } from '@wsp/placements';
import { SroiModule } from '@wsp/sroi';
import { operationLimitsPlugin } from './graphql-limits';
import { HealthController } from './health.controller';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        QueueModule,
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          // Introspection and the landing page are development aids only.
          introspection: !config.isProduction,
          playground: false,
          plugins: [
            config.isProduction ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: false }),
            operationLimitsPlugin({ maxDepth: config.graphql.maxDepth, maxComplexity: config.graphql.maxComplexity }),
          ],
          context: ({ req }: { req: Request }) => ({ req }),
          formatError: formatGraphQLError,
          includeStacktraceInErrorResponses: false,
        }),
        AuthModule,
        ReferenceDataModule,
        AcquisitionModule,
        VacanciesModule.withActivityCounter(PlacementVacancyActivityCounter),
        CandidatesModule,
        ArrangementsModule,
        PlacementsModule,
        MatchingModule,
        SroiModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
