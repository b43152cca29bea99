package org.rollerhub.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * What really happened in a capture, in the form of the sample labels
 * ({@code shared/samples/*.json}): the setup and link figures in {@code meta}, and per session the
 * reps, shifts, totals, zone times and lost packets. Times are seconds from the session's start
 * (load rising above 80 N), 3 decimals; durations and sums 2 decimals.
 */
@JsonPropertyOrder({"meta", "sessions"})
public record Labels(Meta meta, List<Session> sessions) {
    public Labels {
        sessions = List.copyOf(sessions);
    }

    /** The capture's setup and link figures. */
    @JsonPropertyOrder({"seed", "massKg", "statureCm", "startLevel", "diameterMm", "imuHz", "pressureHz", "cells",
            "link", "packets", "lostPackets", "t0"})
    public record Meta(long seed, double massKg, double statureCm, String startLevel, int diameterMm, int imuHz,
                       int pressureHz, int cells, String link, long packets, long lostPackets, long t0) {
    }

    @JsonPropertyOrder({"durationS", "totals", "reps", "shifts", "zones", "link"})
    public record Session(double durationS, Totals totals, List<Rep> reps, List<Shift> shifts, Zones zones,
                          SessionLink link) {
        public Session {
            reps = List.copyOf(reps);
            shifts = List.copyOf(shifts);
        }
    }

    @JsonPropertyOrder({"reps", "holds", "shifts", "compensations", "holdS"})
    public record Totals(int reps, int holds, int shifts, int compensations, double holdS) {
    }

    /**
     * One rep. The last three are there only for a rep of a live roller that got a cue while it
     * went on (null otherwise, and left out of the JSON): {@code cued}, whether the user then
     * stopped its slide ({@code corrected}), and how far the contact slid toward the feet during
     * its rise, cm ({@code slideCm}).
     */
    @JsonPropertyOrder({"level", "startS", "endS", "holdS", "held", "compensated", "cued", "corrected", "slideCm"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Rep(String level, double startS, double endS, double holdS, boolean held, boolean compensated,
                      Boolean cued, Boolean corrected, Double slideCm) {
        /** A rep without a cue. */
        public Rep(String level, double startS, double endS, double holdS, boolean held, boolean compensated) {
            this(level, startS, endS, holdS, held, compensated, null, null, null);
        }
    }

    @JsonPropertyOrder({"atS", "fromLevel", "toLevel", "distanceCm"})
    public record Shift(double atS, String fromLevel, String toLevel, double distanceCm) {
    }

    @JsonPropertyOrder({"neckS", "lumbarS"})
    public record Zones(double neckS, double lumbarS) {
    }

    @JsonPropertyOrder({"lostPackets"})
    public record SessionLink(long lostPackets) {
    }
}
