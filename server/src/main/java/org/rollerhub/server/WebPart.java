package org.rollerhub.server;

import java.nio.file.Path;
import org.rollerhub.web.WebSettings;

/**
 * The physio web UI a server instance serves beside its ingest (the web module's clinic mode).
 *
 * @param settings address, port, HTTPS files, login idle time and failures per minute
 * @param admin the first administrator's user name, made at the first start against an empty database
 * @param adminPassword that administrator's password (from {@code ROLLER_CLINIC_ADMIN_PASSWORD}), or null
 * @param adminPasswordFile a file whose first line is that password, or null; with neither, one is
 *     generated and logged once
 */
public record WebPart(WebSettings settings, String admin, String adminPassword, Path adminPasswordFile) {
}
