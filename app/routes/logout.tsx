import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { withTenant } from "../../db/tenant";
import { recordAudit } from "../../server/services/audit/record-audit";
import { actorOf } from "../../server/http/request-auth";

export async function loader() {
  return redirect("/");
}

/** Ends the session (POST only, so a link or an image on another site cannot sign anyone out). */
export async function action({ context }: ActionFunctionArgs) {
  const { app, meta } = context;
  const auth = await context.getAuth();
  if (auth?.kind === "session") {
    await app.sessions.invalidate(auth.session.sessionId);
    const actor = actorOf(auth);
    if (auth.membership && actor) {
      const tenantId = auth.membership.tenantId;
      await withTenant(app.db, tenantId, (db) =>
        recordAudit({ tenantId, actor, db, ip: meta.ip, requestId: meta.requestId }, { action: "auth.logout", targetType: "user", targetId: auth.session.user.userId }),
      );
    }
  }
  return redirect("/login", { headers: { "Set-Cookie": app.sessions.blankCookie(meta.secure) } });
}
