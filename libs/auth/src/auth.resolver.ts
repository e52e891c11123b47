import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, PageArgs, Role, WSP_STAFF } from '@wsp/common';
import { Field, ArgsType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { AuthService } from './auth.service';
import { CreateUserInput, LoginInput, LoginPayload, UserConnection, UserModel } from './auth.models';
import { CurrentActor, Public, Roles } from './decorators';

@ArgsType()
class UsersArgs extends PageArgs {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;
}

@Resolver(() => UserModel)
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => LoginPayload, { description: 'Inloggen met e-mailadres en wachtwoord' })
  login(@Args('input') input: LoginInput): Promise<LoginPayload> {
    return this.auth.login(input.email, input.password);
  }

  @Roles(...WSP_STAFF, Role.EMPLOYER)
  @Query(() => UserModel, { description: 'De ingelogde gebruiker' })
  me(@CurrentActor() actor: Actor): Promise<UserModel> {
    return this.auth.getUser(actor.userId);
  }

  @Roles(Role.ADMIN)
  @Query(() => UserConnection)
  users(@Args() args: UsersArgs) {
    return this.auth.listUsers(args.role, args);
  }

  @Roles(Role.ADMIN, Role.ACCOUNTMANAGER)
  @Query(() => UserModel)
  user(@Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    return this.auth.getUser(id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => UserModel, { description: 'Gebruiker aanmaken (beheerder)' })
  createUser(@Args('input') input: CreateUserInput): Promise<UserModel> {
    return this.auth.createUser(input);
  }
}
