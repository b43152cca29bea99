package org.rollerhub.hub.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rollerhub.analytics.AnalyticsSettings;
import org.rollerhub.analytics.Level;
import org.rollerhub.hub.delivery.Outbox;
import org.rollerhub.pipeline.CaptureAnalysis;
import org.rollerhub.pipeline.SessionReport;
import org.rollerhub.store.Person;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.SqliteStore;

/** The hub's side of the history on a real SQLite file and a real outbox. */
class HubHistoryTest {
    private static final AnalyticsSettings HUB = new AnalyticsSettings(173.0, Level.T9);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private static SessionReport sample() throws Exception {
        try (InputStream in = Files.newInputStream(
                Path.of(System.getProperty("roller.shared.dir", "../shared"), "samples", "sample-109.rlr"))) {
            return CaptureAnalysis.of(in, HUB, null).reports().get(0);
        }
    }

    private HubHistory history(PeopleSettings people) {
        return new HubHistory(SqliteStore.open(dir.resolve(HubHistory.FILE)), people, HUB, CLOCK);
    }

    @Test
    void aHubWithoutPeopleKeepsSummariesUnchangedUnderTheDefaultPerson() throws Exception {
        SessionReport r = sample();
        try (HubHistory h = history(PeopleSettings.NONE)) {
            assertEquals(r.json(), h.attribute(r, h.personFor(r.deviceId())).json(), "no personId for the default person");
            h.record(r);
            h.record(r);
            SessionStore s = h.store();
            assertEquals(1, s.sessionCount());
            assertEquals(Person.DEFAULT_ID, s.sessions(null, null, null, 0).get(0).personId());
            assertEquals(r.json(), s.sessions(null, null, null, 0).get(0).summaryJson());
            assertTrue(s.trace(r.sessionId()).orElseThrow().size() > 100, "the trace is kept");
        }
    }

    @Test
    void aConfiguredPersonIsWrittenIntoTheSummaryWithEveryOtherByteKept() throws Exception {
        SessionReport r = sample();
        try (HubHistory h = history(new PeopleSettings("anna", ZoneId.of("Europe/Berlin"), Map.of()))) {
            String json = h.attribute(r, h.personFor(r.deviceId())).json();
            assertEquals(r.json().replace("\"startLevel\":\"T9\"", "\"startLevel\":\"T9\",\"personId\":\"anna\""), json);
            h.record(h.attribute(r, "anna"), "anna");
            assertEquals("anna", h.store().sessions(null, null, null, 0).get(0).personId());
            assertEquals("Europe/Berlin", h.store().person("anna").orElseThrow().zone().getId());
        }
    }

    @Test
    void theCommandChoiceWinsOverTheRollerConfigurationAndALongPressMovesOn() throws Exception {
        String device = sample().deviceId();
        try (HubHistory h = history(new PeopleSettings(null, ZoneId.of("UTC"), Map.of(device, "ben")))) {
            assertEquals("ben", h.personFor(device));
            assertEquals("default", h.personFor("ffffffffffffffff"));
            h.store().addPerson(new Person("anna", "Anna", 160.0, Level.T6, ZoneId.of("UTC"), CLOCK.instant()));
            h.store().addPerson(new Person("cleo", "Cleo", null, null, ZoneId.of("UTC"), CLOCK.instant()));
            h.store().selectPerson(device, "anna");
            assertEquals("anna", h.personFor(device));
            assertEquals(new AnalyticsSettings(160.0, Level.T6), h.settingsFor(device), "their own stature and start level");
            assertEquals("ben", h.nextPerson(device).personId());
            assertEquals(HUB, h.settingsFor(device), "ben has none of his own: the hub's");
            assertEquals("cleo", h.nextPerson(device).personId());
            assertEquals("anna", h.nextPerson(device).personId(), "round again; the default person is skipped");
        }
    }

    @Test
    void startUpCatchesUpEveryOutboxEntryTheStoreLacks() throws Exception {
        SessionReport r = sample();
        Outbox outbox = new Outbox(dir.resolve("outbox"), 10);
        outbox.add(r.deviceId(), r.sessionId(), r.json());
        try (HubHistory h = history(PeopleSettings.NONE)) {
            assertEquals(1, h.catchUp(outbox.entries()));
            assertEquals(0, h.catchUp(outbox.entries()), "idempotent");
            outbox.acknowledge(r.sessionId());
            assertEquals(List.of(r.sessionId()), outbox.entries().stream().map(Outbox.Entry::sessionId).toList());
            assertEquals(0, h.catchUp(outbox.entries()));
            assertEquals(1, h.store().sessionCount());
        }
    }
}
