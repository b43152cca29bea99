package org.rollerhub.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import org.rollerhub.web.clinic.AdminHandlers;
import org.rollerhub.web.clinic.ClinicAccess;
import org.rollerhub.web.clinic.ClinicLoginHandlers;
import org.rollerhub.web.clinic.PatientListHandlers;
import org.rollerhub.web.clinic.PatientPages;
import org.rollerhub.web.security.Guard;

/** Every route of the clinic's web UI, in one place. Static files as on the hub ({@link StaticAssets}). */
final class ClinicRoutes {
    private ClinicRoutes() {
    }

    static void install(RoutesConfig r, Guard guard, ClinicAccess access, ClinicLoginHandlers login,
            PatientListHandlers patients, PatientPages pages, AdminHandlers admin) {
        r.before(guard::check);
        r.before(access::load);
        r.get("/assets/<path>", StaticAssets::own);
        r.get("/webjars/<path>", StaticAssets::webjar);

        r.get("/login", login::form);
        r.post("/login", login::submit);
        r.post("/logout", login::logout);

        r.get("/", ctx -> ctx.redirect("/patients", HttpStatus.SEE_OTHER));
        r.get("/patients", patients::page);
        r.get("/history", pages::history);
        r.get("/sessions/{id}", pages::session);
        r.get("/sessions/{id}/{file}", pages::sessionDownload);
        r.get("/progress", pages::progress);
        r.get("/progress/{file}", pages::progressDownload);

        r.get("/admin/accounts", admin::accounts);
        r.post("/admin/accounts", admin::addAccount);
        r.post("/admin/assignments", admin::assign);
        r.get("/admin/audit", admin::audit);
    }
}
