import type { AppContext } from '../platform/context.ts';
import { findUserByUsername } from './access.repo.ts';

/** The id of the account with this username (the command line names accounts so). */
export async function userIdByUsername(ctx: AppContext, username: string): Promise<string | undefined> {
  return (await findUserByUsername(ctx.db, username))?.id;
}
