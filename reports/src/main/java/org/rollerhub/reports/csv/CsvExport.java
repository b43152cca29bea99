package org.rollerhub.reports.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.rollerhub.reports.io.AtomicOutput;
import org.rollerhub.reports.model.RepRow;
import org.rollerhub.reports.model.SessionView;
import org.rollerhub.reports.model.ShiftRow;

/**
 * Writes sessions.csv, reps.csv and shifts.csv: one row per session, rep and shift, RFC 4180 (CRLF,
 * quotes where needed), UTF-8 without a byte order mark, a header row with {@link CsvColumns}'
 * names. Numbers have at most 3 decimals and a dot.
 */
public final class CsvExport {
    public static final String SESSIONS = "sessions.csv";
    public static final String REPS = "reps.csv";
    public static final String SHIFTS = "shifts.csv";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private CsvExport() {
    }

    /** Writes the three files into a new folder {@code target} (see {@link AtomicOutput#writeFolder}). */
    public static void toFolder(List<SessionView> sessions, Path target) {
        AtomicOutput.writeFolder(target, dir -> {
            try (OutputStream out = Files.newOutputStream(dir.resolve(SESSIONS))) {
                writeSessions(sessions, out);
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve(REPS))) {
                writeReps(sessions, out);
            }
            try (OutputStream out = Files.newOutputStream(dir.resolve(SHIFTS))) {
                writeShifts(sessions, out);
            }
        });
    }

    /** Writes the three files into one zip file {@code target} (see {@link AtomicOutput#writeFile}). */
    public static void toZip(List<SessionView> sessions, Path target) {
        AtomicOutput.writeFile(target, out -> {
            ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(SESSIONS));
            writeSessions(sessions, zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(REPS));
            writeReps(sessions, zip);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(SHIFTS));
            writeShifts(sessions, zip);
            zip.closeEntry();
            zip.finish();
        });
    }

    /** sessions.csv to {@code out} (left open). */
    public static void writeSessions(List<SessionView> sessions, OutputStream out) throws IOException {
        try (CSVPrinter p = printer(out, CsvColumns.SESSIONS)) {
            for (SessionView s : sessions) {
                p.printRecord(s.sessionId(), s.person().personId(), s.deviceId(), time(s.startedAt()), s.startKnown(),
                        time(s.endedAt()), num(s.totals().seconds()), s.totals().reps(), s.totals().holds(),
                        num(s.totals().holdS()), s.totals().compensations(), s.totals().shifts(),
                        num(s.totals().neckS()), num(s.totals().lumbarS()), s.recovered());
            }
        }
    }

    /** reps.csv to {@code out} (left open). */
    public static void writeReps(List<SessionView> sessions, OutputStream out) throws IOException {
        try (CSVPrinter p = printer(out, CsvColumns.REPS)) {
            for (SessionView s : sessions) {
                for (RepRow r : s.reps()) {
                    p.printRecord(s.sessionId(), r.number(), r.level(), time(at(s, r.startS())), num(r.startS()),
                            num(r.endS()), num(r.holdS()), r.held(), r.compensated());
                }
            }
        }
    }

    /** shifts.csv to {@code out} (left open). */
    public static void writeShifts(List<SessionView> sessions, OutputStream out) throws IOException {
        try (CSVPrinter p = printer(out, CsvColumns.SHIFTS)) {
            for (SessionView s : sessions) {
                for (ShiftRow r : s.shifts()) {
                    p.printRecord(s.sessionId(), r.number(), time(at(s, r.atS())), num(r.atS()), r.fromLevel(),
                            r.toLevel(), num(r.distanceCm()));
                }
            }
        }
    }

    private static CSVPrinter printer(OutputStream out, List<String> header) throws IOException {
        Writer w = new OutputStreamWriter(new NonClosing(out), StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(w);
    }

    private static ZonedDateTime at(SessionView s, double seconds) {
        return s.startedAt().plusNanos(Math.round(seconds * 1e9));
    }

    private static String time(ZonedDateTime t) {
        return TIME.format(t.toOffsetDateTime());
    }

    /** A plain decimal with at most 3 decimals ("12.5", "0", "-3.25"). */
    static String num(double v) {
        return BigDecimal.valueOf(v).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    /** Keeps the zip entry open when a printer closes its writer. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
