package org.rollerhub.reports;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.rollerhub.reports.csv.CsvExport;
import org.rollerhub.reports.fhir.FhirBundleBuilder;
import org.rollerhub.reports.fhir.FhirExport;
import org.rollerhub.reports.html.HtmlReports;
import org.rollerhub.reports.io.AtomicOutput;
import org.rollerhub.reports.model.ProgressView;
import org.rollerhub.reports.model.ProgressViews;
import org.rollerhub.reports.model.SessionView;
import org.rollerhub.reports.model.SessionViews;
import org.rollerhub.reports.pdf.PdfRenderer;
import org.rollerhub.store.Person;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.StoredSession;

/**
 * The export command's work, without a command line: reads the store, builds the view, renders and
 * writes it atomically. With a session id, pdf and html give the session report and csv and fhir
 * that session's rows; with a person and range, pdf and html give the progress report and csv and
 * fhir every session in the range.
 */
public final class Exports {
    private Exports() {
    }

    /**
     * What an export wrote.
     *
     * @param sessions sessions it covers
     * @param from first local day covered, or null for one session
     * @param to last local day covered, or null for one session
     */
    public record Result(int sessions, LocalDate from, LocalDate to) {
    }

    /**
     * Runs one export.
     *
     * @param clock gives today (the default end of a range) and the FHIR Bundle's timestamp
     * @param hubVersion named in the FHIR hub Device
     * @throws ExportException for an unknown session or person, a bad range or an unwritable path;
     *     nothing is left at {@code out} then
     */
    public static Result run(SessionStore store, ExportRequest r, Clock clock, String hubVersion) {
        if (r.sessionId() != null) {
            SessionView v = SessionViews.of(store, r.sessionId());
            switch (r.format()) {
                case PDF -> PdfRenderer.write(HtmlReports.session(v, r.paper()), r.out());
                case HTML -> writeHtml(HtmlReports.session(v, r.paper()), r);
                case CSV -> csv(List.of(v), r);
                case FHIR -> FhirExport.write(FhirBundleBuilder.build(v.person(), List.of(v), hubVersion, clock.instant()), r.out());
            }
            return new Result(1, null, null);
        }
        Person person = person(store, r.personId());
        LocalDate to = r.to() != null ? r.to() : LocalDate.now(clock.withZone(person.zone()));
        Instant end = ProgressViews.startOf(person, to.plusDays(1));
        List<StoredSession> upToEnd = new ArrayList<>(store.sessions(person.personId(), null, end, 0));
        Collections.reverse(upToEnd); // oldest first
        LocalDate from = r.from() != null ? r.from() : firstDay(person, upToEnd);
        if (to.isBefore(from)) {
            throw new ExportException("the range ends (" + to + ") before it starts (" + from + ")");
        }
        if (r.format() == Format.PDF || r.format() == Format.HTML) {
            ProgressView v = ProgressViews.of(person, upToEnd, store.plans(person.personId()), from, to);
            String html = HtmlReports.progress(v, r.paper());
            if (r.format() == Format.PDF) {
                PdfRenderer.write(html, r.out());
            } else {
                writeHtml(html, r);
            }
            return new Result(v.totals().sessions(), v.from(), to);
        }
        Instant start = ProgressViews.startOf(person, from);
        List<SessionView> views = upToEnd.stream().filter(s -> !s.startedAt().isBefore(start))
                .map(s -> SessionViews.of(person, s)).toList();
        if (r.format() == Format.CSV) {
            csv(views, r);
        } else {
            FhirExport.write(FhirBundleBuilder.build(person, views, hubVersion, clock.instant()), r.out());
        }
        return new Result(views.size(), from, to);
    }

    /**
     * Sessions of {@code person} from local day {@code from} to {@code to} (inclusive; null: no
     * bound), oldest first, without traces.
     */
    public static List<SessionView> sessionViews(SessionStore store, Person person, LocalDate from, LocalDate to) {
        Instant start = from == null ? null : ProgressViews.startOf(person, from);
        Instant end = to == null ? null : ProgressViews.startOf(person, to.plusDays(1));
        List<StoredSession> list = new ArrayList<>(store.sessions(person.personId(), start, end, 0));
        Collections.reverse(list);
        return list.stream().map(s -> SessionViews.of(person, s)).toList();
    }

    /**
     * The person asked for, or the store's only person when none is named.
     *
     * @throws ExportException if the person is unknown, or none is named and the store has several or none
     */
    public static Person person(SessionStore store, String personId) {
        if (personId != null) {
            return store.person(personId).orElseThrow(() -> new ExportException("no person '" + personId
                    + "' in the store; people: " + ids(store)));
        }
        List<Person> people = store.people();
        if (people.size() == 1) {
            return people.get(0);
        }
        if (people.isEmpty()) {
            throw new ExportException("the store has no people and no sessions yet");
        }
        throw new ExportException("the store has " + people.size() + " people: give --person (one of " + ids(store) + ")");
    }

    private static String ids(SessionStore store) {
        return store.people().stream().map(Person::personId).collect(Collectors.joining(", "));
    }

    /** The person's first local day with a session, or the day they were added if earlier. */
    private static LocalDate firstDay(Person person, List<StoredSession> oldestFirst) {
        LocalDate added = person.createdAt().atZone(person.zone()).toLocalDate();
        if (oldestFirst.isEmpty()) {
            return added;
        }
        LocalDate first = oldestFirst.get(0).startedAt().atZone(person.zone()).toLocalDate();
        return first.isBefore(added) ? first : added;
    }

    private static void csv(List<SessionView> views, ExportRequest r) {
        if (r.zip()) {
            CsvExport.toZip(views, r.out());
        } else {
            CsvExport.toFolder(views, r.out());
        }
    }

    private static void writeHtml(String html, ExportRequest r) {
        AtomicOutput.writeFile(r.out(), out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }
}
