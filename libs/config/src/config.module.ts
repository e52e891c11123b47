import { DynamicModule, Global, Module, Type } from '@nestjs/common';
import { Clock, SystemClock } from '@wsp/common';
import { AppConfig } from './config';

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Provides the already-validated config under the APP_CONFIG token, and the one `Clock` of the
 * process, to the whole application. Tests that need a fixed "now" pass their own clock class.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, opts: { clock?: Type<Clock> } = {}): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useClass: opts.clock ?? SystemClock },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
