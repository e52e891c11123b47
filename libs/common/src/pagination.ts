import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ValidationError } from './errors';

export const MAX_PAGE_SIZE = 100;

/** Cursor pagination arguments shared by every list (Relay style: `first` / `after`). */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: `Aantal items (1-${MAX_PAGE_SIZE})` })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first?: number = 20;

  @Field(() => String, { nullable: true, description: 'Cursor van het laatste item van de vorige pagina' })
  @IsOptional()
  @IsString()
  after?: string;
}

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface ConnectionShape<T> {
  edges: Edge<T>[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Name>Connection` and `<Name>Edge` GraphQL types for a node type. */
export function Connection<T>(nodeType: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => nodeType)
    node: T;

    @Field()
    cursor: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => [nodeType], { description: 'De items van deze pagina (zelfde volgorde als edges)' })
    nodes: T[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType;
}

const CURSOR_PREFIX = 'o:';

/** Cursors are opaque to clients; they encode the position in a stable, fully ordered result. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = raw.startsWith(CURSOR_PREFIX) ? Number(raw.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isInteger(offset) || offset < 0) throw new ValidationError('Ongeldige cursor', 'after');
  return offset;
}

/** Offset and limit of a page (`first` checked against MAX_PAGE_SIZE, `after` decoded). */
export function pageWindow(args: PageArgs): { offset: number; limit: number } {
  const limit = args.first ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new ValidationError(`first moet tussen 1 en ${MAX_PAGE_SIZE} liggen`, 'first');
  }
  return { offset: args.after ? decodeCursor(args.after) + 1 : 0, limit };
}

export function toConnection<T>(items: T[], totalCount: number, offset: number): ConnectionShape<T> {
  const edges = items.map((node, i) => ({ node, cursor: encodeCursor(offset + i) }));
  return {
    edges,
    nodes: items,
    totalCount,
    pageInfo: {
      hasNextPage: offset + items.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * Paginates a query builder. The builder must already have a total order (end with a unique
 * column such as the id) so that pages never overlap or skip rows.
 */
export async function paginate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  args: PageArgs,
): Promise<ConnectionShape<T>> {
  const { offset, limit } = pageWindow(args);
  const [items, totalCount] = await qb.skip(offset).take(limit).getManyAndCount();
  return toConnection(items, totalCount, offset);
}

/** Paginates an already materialised, ordered list (for small, derived lists such as timelines). */
export function paginateArray<T>(all: T[], args: PageArgs): ConnectionShape<T> {
  const { offset, limit } = pageWindow(args);
  return toConnection(all.slice(offset, offset + limit), all.length, offset);
}
