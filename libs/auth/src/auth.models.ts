import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength, MinLength } from 'class-validator';
import { Connection, Role } from '@wsp/common';

registerEnumType(Role, { name: 'Role', description: 'Rol van een gebruiker' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Alleen voor rol EMPLOYER' })
  employerId: string | null;

  @Field()
  active: boolean;
}

@ObjectType()
export class LoginPayload {
  @Field({ description: 'Bearer-token voor de Authorization-header' })
  accessToken: string;

  @Field()
  expiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}

@InputType()
export class LoginInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field()
  @IsString()
  @Length(1, 200)
  password: string;
}

@InputType()
export class CreateUserInput {
  @Field()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field({ description: 'Minimaal 12 tekens' })
  @IsString()
  @MinLength(12)
  @MaxLength(200)
  password: string;

  @Field()
  @IsString()
  @Length(1, 120)
  displayName: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Verplicht voor rol EMPLOYER, verboden voor andere rollen' })
  @IsOptional()
  @IsUUID()
  employerId?: string;
}

export const UserConnection = Connection(UserModel, 'User');
