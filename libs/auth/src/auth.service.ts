import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '@wsp/config';
import {
  Actor,
  ConflictError,
  ConnectionShape,
  NotFoundError,
  PageArgs,
  paginate,
  Role,
  UnauthenticatedError,
  ValidationError,
} from '@wsp/common';
import { PasswordHasher } from './password-hasher';
import { UserEntity } from './user.entity';
import { CreateUserInput } from './auth.models';

interface TokenClaims {
  sub: string;
  role: Role;
}

@Injectable()
export class AuthService {
  /** Verified against when the e-mail is unknown, so that timing does not reveal which accounts exist. */
  private dummyHash: Promise<string> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly hasher: PasswordHasher,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get users() {
    return this.dataSource.getRepository(UserEntity);
  }

  async login(email: string, password: string): Promise<{ accessToken: string; expiresAt: Date; user: UserEntity }> {
    const user = await this.users.findOne({ where: { email: email.trim().toLowerCase() } });
    if (!user || !user.active) {
      this.dummyHash ??= this.hasher.hash('not-a-real-password');
      await this.hasher.verify(await this.dummyHash, password);
      throw new UnauthenticatedError('Onjuist e-mailadres of wachtwoord');
    }
    if (!(await this.hasher.verify(user.passwordHash, password))) {
      throw new UnauthenticatedError('Onjuist e-mailadres of wachtwoord');
    }
    const claims: TokenClaims = { sub: user.id, role: user.role };
    const expiresIn = this.config.auth.jwtExpiresInSeconds;
    const accessToken = await this.jwt.signAsync(claims, { expiresIn, algorithm: 'HS256' });
    return { accessToken, expiresAt: new Date(Date.now() + expiresIn * 1000), user };
  }

  /**
   * Resolves the bearer token to an actor. The user is re-read on every request so that a
   * deactivated account or a changed role takes effect at once.
   */
  async actorFromToken(token: string): Promise<Actor> {
    let claims: TokenClaims;
    try {
      claims = await this.jwt.verifyAsync<TokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw new UnauthenticatedError();
    }
    const user = await this.users.findOne({ where: { id: claims.sub } });
    if (!user || !user.active) throw new UnauthenticatedError();
    return { userId: user.id, role: user.role, employerId: user.employerId };
  }

  async getUser(id: string): Promise<UserEntity> {
    const user = await this.users.findOne({ where: { id } });
    if (!user) throw new NotFoundError('Gebruiker', id);
    return user;
  }

  listUsers(role: Role | undefined, page: PageArgs): Promise<ConnectionShape<UserEntity>> {
    const qb = this.users.createQueryBuilder('u').orderBy('u.email', 'ASC').addOrderBy('u.id', 'ASC');
    if (role) qb.where('u.role = :role', { role });
    return paginate(qb, page);
  }

  async createUser(input: CreateUserInput): Promise<UserEntity> {
    if (input.role === Role.EMPLOYER && !input.employerId) {
      throw new ValidationError('Een werkgeversaccount hoort bij precies één werkgever', 'employerId');
    }
    if (input.role !== Role.EMPLOYER && input.employerId) {
      throw new ValidationError('Alleen een werkgeversaccount hoort bij een werkgever', 'employerId');
    }
    const email = input.email.trim().toLowerCase();
    return this.dataSource.transaction(async (manager) => {
      if (input.employerId) {
        const [row] = await manager.query<{ n: number }[]>('SELECT count(*)::int AS n FROM employers WHERE id = $1', [input.employerId]);
        if (!row || row.n === 0) throw new NotFoundError('Werkgever', input.employerId);
      }
      if (await manager.exists(UserEntity, { where: { email } })) {
        throw new ConflictError('Er bestaat al een gebruiker met dit e-mailadres', { field: 'email' });
      }
      const user = manager.create(UserEntity, {
        email,
        passwordHash: await this.hasher.hash(input.password),
        displayName: input.displayName.trim(),
        role: input.role,
        employerId: input.employerId ?? null,
        active: true,
      });
      return manager.save(user);
    });
  }
}
