import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Module } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { AcquisitionModule } from '@wsp/acquisition';
import { AuthModule } from '@wsp/auth';
import { Clock, createValidationPipe, formatGraphQLError, SystemClock } from '@wsp/common';
import { AppConfig, ConfigModule } from '@wsp/config';
import { DatabaseModule } from '@wsp/database';
import { QueueModule } from '@wsp/queue';
import { ReferenceDataModule } from '@wsp/reference-data';
import { VacanciesModule } from '@wsp/vacancies';
import { complexityLimitPlugin, depthLimitRule } from './graphql-limits';
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
            complexityLimitPlugin(config.graphql.maxComplexity),
          ],
          validationRules: [depthLimitRule(config.graphql.maxDepth)],
          context: ({ req }: { req: Request }) => ({ req }),
          formatError: formatGraphQLError,
          includeStacktraceInErrorResponses: false,
        }),
        AuthModule,
        ReferenceDataModule,
        AcquisitionModule,
        VacanciesModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: Clock, useClass: SystemClock },
      ],
    };
  }
}
