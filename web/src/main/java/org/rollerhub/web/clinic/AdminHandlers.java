package org.rollerhub.web.clinic;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.rollerhub.store.StoreException;
import org.rollerhub.store.clinic.Account;
import org.rollerhub.store.clinic.ClinicStore;
import org.rollerhub.store.clinic.Role;
import org.rollerhub.web.pages.AccountsView;
import org.rollerhub.web.pages.AuditView;
import org.rollerhub.web.pages.Renderer;

/**
 * The admin's pages: accounts (add one; assign a patient to a physio, or take them away) and the
 * audit log. Everyone else gets the 403 page. Each change is itself audited.
 */
public final class AdminHandlers {
    /** Lines on the audit page. */
    static final int AUDIT_ROWS = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final ClinicStore clinic;
    private final ClinicAccess access;
    private final Renderer renderer;
    private final Clock clock;

    public AdminHandlers(ClinicStore clinic, ClinicAccess access, Renderer renderer, Clock clock) {
        this.clinic = clinic;
        this.access = access;
        this.renderer = renderer;
        this.clock = clock;
    }

    /** {@code GET /admin/accounts}. */
    public void accounts(Context ctx) {
        if (access.admin(ctx)) {
            show(ctx, AccountForm.EMPTY, ctx.queryParam("saved"), null);
        }
    }

    /** {@code POST /admin/accounts}: username, name, role, password. */
    public void addAccount(Context ctx) {
        if (!access.admin(ctx)) {
            return;
        }
        AccountForm f = AccountForm.checked(ctx.formParam("username"), ctx.formParam("name"), ctx.formParam("role"),
                ctx.formParam("password"));
        if (f.errors().isEmpty() && clinic.account(f.username()).isPresent()) {
            f = new AccountForm(f.username(), f.name(), f.role(),
                    java.util.Map.of("username", "'" + f.username() + "' is taken: choose another username."));
        }
        if (!f.errors().isEmpty()) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(ctx, f, null, null);
            return;
        }
        clinic.addAccount(new Account(f.username(), f.name(), Role.parse(f.role()),
                ClinicAccounts.hash(ctx.formParam("password")), clock.instant()));
        access.audit(ctx, "account-added", null, f.username() + " (" + f.role() + ")");
        ctx.redirect("/admin/accounts?saved=account", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /admin/assignments}: username, person; {@code remove=1} takes the patient away. */
    public void assign(Context ctx) {
        if (!access.admin(ctx)) {
            return;
        }
        String username = ctx.formParam("username");
        String person = ctx.formParam("person");
        boolean remove = "1".equals(ctx.formParam("remove"));
        Account a = username == null ? null : clinic.account(username).orElse(null);
        String problem = null;
        if (a == null) {
            problem = "Choose a physio.";
        } else if (a.admin()) {
            problem = a.username() + " is an admin and sees every patient already.";
        } else if (remove) {
            clinic.unassign(a.username(), person);
            access.audit(ctx, "patient-unassigned", person, "from " + a.username());
        } else {
            try {
                clinic.assign(a.username(), person);
                access.audit(ctx, "patient-assigned", person, "to " + a.username());
            } catch (StoreException e) {
                problem = "No patient '" + person + "'.";
            }
        }
        if (problem != null) {
            ctx.status(HttpStatus.BAD_REQUEST);
            show(ctx, AccountForm.EMPTY, null, problem);
            return;
        }
        ctx.redirect("/admin/accounts?saved=" + (remove ? "unassigned" : "assigned"), HttpStatus.SEE_OTHER);
    }

    /** {@code GET /admin/audit}: the newest {@value #AUDIT_ROWS} lines. */
    public void audit(Context ctx) {
        if (!access.admin(ctx)) {
            return;
        }
        List<AuditView.Row> rows = clinic.audit(AUDIT_ROWS).stream().map(e -> new AuditView.Row(
                WHEN.format(e.at().atZone(clock.getZone())), e.username(), e.action(),
                e.personId() == null ? "" : e.personId(), e.detail())).toList();
        renderer.render(ctx, "audit", new AuditView(access.frame(ctx, "Audit", "audit"), rows, AUDIT_ROWS));
    }

    private void show(Context ctx, AccountForm form, String saved, String assignError) {
        List<AccountsView.Row> rows = clinic.accounts().stream().map(a -> new AccountsView.Row(a.username(),
                a.displayName(), a.role().text(), a.admin() ? List.of() : clinic.patientsOf(a.username()))).toList();
        String said = saved == null ? null : switch (saved) {
            case "account" -> "Account added.";
            case "assigned" -> "Patient assigned.";
            case "unassigned" -> "Patient taken away.";
            default -> null;
        };
        renderer.render(ctx, "accounts", new AccountsView(access.frame(ctx, "Accounts", "accounts"), rows,
                access.people(ctx), form, said, assignError));
    }
}
