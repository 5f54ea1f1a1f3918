// Sign-in, sign-out and "who am I".
import { appendEvent } from '../store/audit.ts';
import { checkPassword } from '../users.ts';
import { ApiFailure, defineHandlers } from './context.ts';

export const sessionHandlers = defineHandlers({
  async 'session.signIn'({ username, password }, ctx) {
    const user = await checkPassword(ctx.db, username.trim().toLowerCase(), password);
    if (!user) {
      ctx.core.log('warn', 'sign-in refused', { username });
      // One message for both cases: it must not tell which user names exist.
      throw new ApiFailure('unauthenticated', 'Benutzername oder Passwort falsch');
    }
    const token = ctx.sessions.open(user.username);
    appendEvent(ctx.db, { at: ctx.core.clock().toISOString(), actor: user.username, itemId: null, type: 'session.signedIn' });
    return { token, user };
  },
  'session.signOut'(_input, ctx) {
    if (ctx.token) ctx.sessions.close(ctx.token);
    return { signedOut: true as const };
  },
  'session.current'(_input, ctx) {
    return { user: ctx.user };
  },
});
