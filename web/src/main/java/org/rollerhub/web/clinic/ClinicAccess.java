package org.rollerhub.web.clinic;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.List;
import org.rollerhub.store.Person;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.clinic.Account;
import org.rollerhub.store.clinic.AuditEntry;
import org.rollerhub.store.clinic.ClinicStore;
import org.rollerhub.web.pages.Frame;
import org.rollerhub.web.pages.RefusedView;
import org.rollerhub.web.pages.Renderer;
import org.rollerhub.web.security.Guard;

/**
 * Who is asking, and what they may see. Runs after the {@link Guard}: a logged-in request gets its
 * {@link Account}; a login whose account is gone is treated as no login. A physio asking for a
 * patient not assigned to them, or anyone but an admin asking for an admin page, gets the 403 page,
 * and the refusal is written to the audit log (what was asked for, never more).
 */
public final class ClinicAccess {
    private static final String ACCOUNT_ATTRIBUTE = "rollerhub.account";

    private final ClinicStore clinic;
    private final SessionStore store;
    private final Renderer renderer;
    private final Clock clock;

    public ClinicAccess(ClinicStore clinic, SessionStore store, Renderer renderer, Clock clock) {
        this.clinic = clinic;
        this.store = store;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** The before-handler after the guard's. */
    public void load(Context ctx) {
        var login = Guard.login(ctx);
        if (login == null) {
            return; // the login page and the assets
        }
        Account a = login.user() == null ? null : clinic.account(login.user()).orElse(null);
        if (a == null) {
            if (ctx.method() == HandlerType.GET) {
                ctx.redirect("/login", HttpStatus.SEE_OTHER);
            } else {
                ctx.status(HttpStatus.UNAUTHORIZED).result("Log in first.");
            }
            ctx.skipRemainingHandlers();
            return;
        }
        ctx.attribute(ACCOUNT_ATTRIBUTE, a);
    }

    /** The account of a request that passed {@link #load}. */
    public static Account account(Context ctx) {
        return ctx.attribute(ACCOUNT_ATTRIBUTE);
    }

    /** The frame of a clinic page for this request's account. */
    public Frame frame(Context ctx, String title, String active) {
        Account a = account(ctx);
        return new Frame(title, active, Guard.login(ctx).csrfToken(), a.admin() ? Frame.Menu.ADMIN : Frame.Menu.PHYSIO,
                a.username());
    }

    /** The patients this request's account sees, by name. */
    public List<Person> people(Context ctx) {
        Account a = account(ctx);
        if (a.admin()) {
            return store.people().stream().sorted((x, y) -> x.displayName().compareToIgnoreCase(y.displayName())).toList();
        }
        List<String> mine = clinic.patientsOf(a.username());
        return store.people().stream().filter(p -> mine.contains(p.personId()))
                .sorted((x, y) -> x.displayName().compareToIgnoreCase(y.displayName())).toList();
    }

    /**
     * Whether this request's account may see patient {@code personId}; if not, the 403 page is the
     * response and the refusal is audited.
     */
    public boolean maySee(Context ctx, String personId) {
        if (personId != null && clinic.maySee(account(ctx).username(), personId)) {
            return true;
        }
        refuse(ctx, personId, "This patient is not one of yours, or does not exist.");
        return false;
    }

    /** Whether this request's account is an admin; if not, the 403 page and an audit line. */
    public boolean admin(Context ctx) {
        if (account(ctx).admin()) {
            return true;
        }
        refuse(ctx, null, "This page is for the clinic's administrators.");
        return false;
    }

    /** Writes an audit line for this request's account. */
    public void audit(Context ctx, String action, String personId, String detail) {
        clinic.audit(new AuditEntry(clock.instant(), account(ctx).username(), action, personId, detail));
    }

    private void refuse(Context ctx, String personId, String why) {
        String query = ctx.queryString();
        audit(ctx, "refused", personId, ctx.method() + " " + ctx.path() + (query == null ? "" : "?" + query));
        ctx.status(HttpStatus.FORBIDDEN);
        renderer.render(ctx, "refused", new RefusedView(frame(ctx, "Refused", ""), why));
    }
}
