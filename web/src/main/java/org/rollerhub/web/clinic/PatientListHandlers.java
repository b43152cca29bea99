package org.rollerhub.web.clinic;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.rollerhub.store.clinic.Account;
import org.rollerhub.store.clinic.ClinicStore;
import org.rollerhub.store.clinic.FlagSettings;
import org.rollerhub.store.clinic.PatientFlags;
import org.rollerhub.web.pages.PatientListView;
import org.rollerhub.web.pages.Renderer;

/** {@code /patients}: the patients an account sees, with their flags; the most flagged first, or by name ({@code ?sort=name}). */
public final class PatientListHandlers {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ClinicStore clinic;
    private final ClinicAccess access;
    private final Renderer renderer;
    private final FlagSettings settings;
    private final Clock clock;

    public PatientListHandlers(ClinicStore clinic, ClinicAccess access, Renderer renderer, FlagSettings settings, Clock clock) {
        this.clinic = clinic;
        this.access = access;
        this.renderer = renderer;
        this.settings = settings;
        this.clock = clock;
    }

    public void page(Context ctx) {
        Account a = ClinicAccess.account(ctx);
        List<PatientFlags> list = new ArrayList<>(clinic.patientList(a.username(), settings, clock.instant()));
        boolean byName = "name".equals(ctx.queryParam("sort"));
        if (byName) {
            list.sort(Comparator.comparing(f -> f.facts().person().displayName().toLowerCase(Locale.ROOT)));
        }
        List<PatientListView.Row> rows = list.stream().map(this::row).toList();
        int flagged = (int) list.stream().filter(f -> f.count() > 0).count();
        String words = "no session: more than " + settings.noSessionDays() + " days; adherence: last full week under "
                + fmt(settings.adherenceMinPct()) + " % of the plan's days; compensation: more than "
                + fmt(settings.compensationRisePerRep()) + " per rep above the week before (at least "
                + settings.compensationMinReps() + " reps in each); hub: not connected or silent over "
                + settings.hubSilentMinutes() + " min";
        renderer.render(ctx, "patients", new PatientListView(access.frame(ctx, "Patients", "patients"), rows, byName,
                flagged, words));
    }

    private PatientListView.Row row(PatientFlags f) {
        var p = f.facts().person();
        List<PatientListView.Flag> flags = new ArrayList<>();
        if (f.noSession()) {
            flags.add(new PatientListView.Flag("no-session", "No session " + f.daysSinceSession() + " d"));
        }
        if (f.adherenceLow()) {
            flags.add(new PatientListView.Flag("adherence", "Adherence " + fmt(f.weekAdherencePct()) + " %"));
        }
        if (f.compensationRising()) {
            flags.add(new PatientListView.Flag("compensation", "Compensation rising"));
        }
        if (f.hubOffline()) {
            flags.add(new PatientListView.Flag("hub-offline", "Hub offline"));
        }
        String last = f.facts().lastSession() == null ? "never" : WHEN.format(f.facts().lastSession().atZone(p.zone()));
        String adherence = f.weekAdherencePct() == null ? "–" : fmt(f.weekAdherencePct()) + " %";
        String comp = rate(f.compensationRateLast()) + " (" + rate(f.compensationRatePrevious()) + ")";
        return new PatientListView.Row(p.personId(), p.displayName(), last, adherence, comp, f.hubNote(), flags);
    }

    private static String rate(Double r) {
        return r == null ? "–" : String.format(Locale.ROOT, "%.2f", r);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.2f", d).replaceAll("0+$", "");
    }
}
