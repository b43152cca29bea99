package org.rollerhub.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The static files, read from the class path: {@code /assets/<path>} from this jar's
 * {@code public/}, {@code /webjars/<path>} from the WebJars' {@code META-INF/resources/webjars/}.
 *
 * <p>Not Jetty's static handler: in a fat jar it mounts the whole jar as a zip file system, once
 * per lookup root and kept for the server's life, each holding the jar's central directory (about
 * 5 MB of heap for the hub's 28,000 entries); the hub has 96 MB. A class-path lookup holds nothing.
 * Only names of letters, digits, {@code . _ - /} are looked up, never {@code ..}, so nothing outside
 * the two folders (classes, configuration) can be read.
 */
final class StaticAssets {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._/-]{1,200}");
    private static final Map<String, String> TYPES = Map.of(
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "ico", "image/x-icon",
            "woff2", "font/woff2",
            "map", "application/json");

    private StaticAssets() {
    }

    /** {@code GET /assets/<path>}: this jar's own files; they change with the hub, so browsers revalidate hourly. */
    static void own(Context ctx) throws IOException {
        serve(ctx, "public/", ctx.pathParam("path"), "public, max-age=3600");
    }

    /** {@code GET /webjars/<path>}: the path names the WebJar's version, so a file never changes. */
    static void webjar(Context ctx) throws IOException {
        serve(ctx, "META-INF/resources/webjars/", ctx.pathParam("path"), "public, max-age=31536000, immutable");
    }

    private static void serve(Context ctx, String folder, String path, String cache) throws IOException {
        String type = TYPES.get(path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (type == null || !SAFE.matcher(path).matches() || path.contains("..") || path.startsWith("/")) {
            ctx.status(HttpStatus.NOT_FOUND).result("Not found");
            return;
        }
        InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(folder + path);
        if (in == null) {
            ctx.status(HttpStatus.NOT_FOUND).result("Not found");
            return;
        }
        try (in) {
            ctx.contentType(type).header("Cache-Control", cache).result(in.readAllBytes());
        }
    }
}
