package org.rollerhub.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.time.Clock;
import org.eclipse.jetty.server.ServerConnector;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.clinic.ClinicStore;
import org.rollerhub.store.clinic.FlagSettings;
import org.rollerhub.web.clinic.AdminHandlers;
import org.rollerhub.web.clinic.ClinicAccess;
import org.rollerhub.web.clinic.ClinicLoginHandlers;
import org.rollerhub.web.clinic.PatientListHandlers;
import org.rollerhub.web.clinic.PatientPages;
import org.rollerhub.web.history.HistoryHandlers;
import org.rollerhub.web.history.ProgressDownloads;
import org.rollerhub.web.history.ProgressHandlers;
import org.rollerhub.web.history.SessionHandlers;
import org.rollerhub.web.pages.Renderer;
import org.rollerhub.web.security.Guard;
import org.rollerhub.web.security.LoginSessions;
import org.rollerhub.web.security.LoginThrottle;

/**
 * The clinic's web UI (docs/clinic-web.md): physios log in with a username and a password and see
 * their own patients, with flags, and each patient's history, session reports, progress and
 * exports; an admin manages the accounts and who sees whom, sees every patient and reads the audit
 * log. Served the same way as the hub's UI ({@link WebServer}): same security (cookie sessions,
 * CSRF on every form, rate-limited logins, bcrypt, the same headers), HTTPS when configured.
 */
public final class ClinicWebServer implements AutoCloseable {
    /** Named in FHIR exports as the software that made them. */
    static final String VERSION = "roller-server";

    private final Javalin app;
    private final ServerConnector connector;
    private final WebSettings settings;

    private ClinicWebServer(Javalin app, ServerConnector connector, WebSettings settings) {
        this.app = app;
        this.connector = connector;
        this.settings = settings;
    }

    /** As {@link #start(SessionStore, ClinicStore, WebSettings, FlagSettings, Clock)} with {@link FlagSettings#DEFAULT}. */
    public static ClinicWebServer start(SessionStore store, ClinicStore clinic, WebSettings settings, Clock clock)
            throws IOException {
        return start(store, clinic, settings, FlagSettings.DEFAULT, clock);
    }

    /**
     * Starts serving; returns once the port is bound. The caller keeps owning {@code store} and
     * {@code clinic} (close them after this server). Make the first admin with
     * {@link org.rollerhub.web.clinic.ClinicAccounts#ensureAdmin} before or after: without an
     * account nobody can log in.
     *
     * @param store the sessions, people and plans (PostgreSQL on a clinic server)
     * @param clinic the accounts, assignments, audit log, rollers and hub status of the same database
     * @param settings the address, port, HTTPS files, login idle time and failures allowed per
     *     minute; its password fields are not used (accounts have their own)
     * @param flags when the patient list raises a flag
     * @param clock the time of flags, audit lines, logins and exports (a fixed one in tests)
     * @throws IOException if the port cannot be bound or the certificate not read; nothing is left running then
     */
    public static ClinicWebServer start(SessionStore store, ClinicStore clinic, WebSettings settings, FlagSettings flags,
            Clock clock) throws IOException {
        Renderer renderer = new Renderer();
        LoginSessions sessions = new LoginSessions(settings.sessionIdleMinutes(), clock::millis);
        Guard guard = new Guard(sessions);
        ClinicAccess access = new ClinicAccess(clinic, store, renderer, clock);
        ClinicLoginHandlers login = new ClinicLoginHandlers(clinic, sessions,
                new LoginThrottle(settings.loginFailuresPerMinute(), clock::millis), renderer, settings.https(), clock);
        PatientListHandlers patients = new PatientListHandlers(clinic, access, renderer, flags, clock);
        PatientPages pages = new PatientPages(access, new HistoryHandlers(store, renderer),
                new SessionHandlers(store, renderer, clock, VERSION), new ProgressHandlers(store, renderer, clock),
                new ProgressDownloads(store, clock, VERSION), renderer);
        AdminHandlers admin = new AdminHandlers(clinic, access, renderer, clock);
        HttpServing.Started s = HttpServing.start(settings,
                r -> ClinicRoutes.install(r, guard, access, login, patients, pages, admin));
        return new ClinicWebServer(s.app(), s.connector(), settings);
    }

    /** The port listened on (the one picked, when configured as 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Where a browser on this machine reaches it, e.g. {@code http://127.0.0.1:8080/}. */
    public String localUrl() {
        return HttpServing.localUrl(settings, port());
    }

    /** Stops serving (idempotent); the stores stay open. */
    @Override
    public void close() {
        app.stop();
    }
}
