package org.rollerhub.server.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.rollerhub.server.ClinicServer;
import org.rollerhub.server.ServerSettings;
import org.rollerhub.server.WebPart;
import org.rollerhub.server.ingest.Topics;
import org.rollerhub.store.StoreException;
import org.rollerhub.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code run}: one server instance, until SIGTERM or SIGINT. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Stores every session summary and hub status the clinic's hubs publish, from a shared "
                + "subscription ($share/GROUP/PREFIX/+/session and .../status, QoS 1), into PostgreSQL. Each message "
                + "is acknowledged only after its row is committed; a session id already stored adds nothing.",
            "Run several instances with the same --group and each its own fixed --client-id: the broker shares the "
                + "messages among them, and an instance restarted with its client id gets back what it had not "
                + "acknowledged. The database may be away at start or go away: the server waits for it.",
            "The physio web UI is served on --web-port once the database is open (--no-web: none). Against an empty "
                + "database the first administrator (--admin) is made with the password from ROLLER_CLINIC_ADMIN_PASSWORD "
                + "or --admin-password-file, else a generated one, logged once.",
            "Passwords: environment ROLLER_DB_PASSWORD, ROLLER_MQTT_PASSWORD and ROLLER_CLINIC_ADMIN_PASSWORD."})
public final class RunCommand implements Callable<Integer> {
    @Option(names = "--broker", required = true, paramLabel = "URL", description = "the clinic's broker: tcp://HOST:PORT or ssl://HOST:PORT")
    String broker;

    @Option(names = "--broker-user", paramLabel = "USER", description = "broker user name (default: none)")
    String brokerUser;

    @Mixin
    DbOptions db;

    @Option(names = "--group", paramLabel = "G", description = "shared subscription group (default ${DEFAULT-VALUE})")
    String group = "roller-server";

    @Option(names = "--prefix", paramLabel = "P", description = "the hubs' topic prefix (default ${DEFAULT-VALUE})")
    String prefix = "roller";

    @Option(names = "--client-id", paramLabel = "ID",
            description = "this instance's MQTT client id, fixed across restarts (default: roller-server-HOSTNAME)")
    String clientId;

    @Option(names = "--batch", paramLabel = "N", description = "most messages per transaction (default ${DEFAULT-VALUE})")
    int batch = 200;

    @Option(names = "--pool", paramLabel = "N", description = "most database connections (default ${DEFAULT-VALUE})")
    int pool = 2;

    @Option(names = "--web-port", paramLabel = "PORT", description = "the physio web UI's TCP port (default ${DEFAULT-VALUE})")
    int webPort = WebSettings.DEFAULT_PORT;

    @Option(names = "--web-bind", paramLabel = "ADDR", description = "address the web UI listens on (default ${DEFAULT-VALUE})")
    String webBind = "0.0.0.0";

    @Option(names = "--no-web", description = "serve no web UI (an ingest-only instance)")
    boolean noWeb;

    @Option(names = "--web-cert", paramLabel = "FILE", description = "PEM certificate (then its chain): the web UI speaks HTTPS only")
    Path webCert;

    @Option(names = "--web-key", paramLabel = "FILE", description = "PEM private key (PKCS#8) of --web-cert")
    Path webKey;

    @Option(names = "--admin", paramLabel = "USER", description = "the first administrator's user name (default ${DEFAULT-VALUE})")
    String admin = "admin";

    @Option(names = "--admin-password-file", paramLabel = "FILE", description = "file whose first line is the first administrator's password")
    Path adminPasswordFile;

    @Override
    public Integer call() throws InterruptedException, MqttException {
        if (!broker.matches("(tcp|ssl)://[^/\\s]+:[0-9]{1,5}")) {
            System.err.println("roller-server run: bad value for option --broker: '" + broker + "' is not tcp://HOST:PORT or ssl://HOST:PORT");
            return 2;
        }
        if (batch < 1 || batch > 10_000 || pool < 1 || pool > 100) {
            System.err.println("roller-server run: --batch must be 1..10000 and --pool 1..100");
            return 2;
        }
        if (clientId != null && !clientId.matches("[A-Za-z0-9_.-]{1,64}")) {
            System.err.println("roller-server run: bad value for option --client-id: '" + clientId + "': use 1-64 of A-Z a-z 0-9 _ . -");
            return 2;
        }
        String url;
        try {
            new Topics(group, prefix);
            url = db.checkedUrl();
        } catch (IllegalArgumentException | Cli.Failure e) {
            System.err.println("roller-server run: " + e.getMessage());
            return 2;
        }
        String pw = System.getenv("ROLLER_MQTT_PASSWORD");
        ServerSettings settings = new ServerSettings(broker, brokerUser, pw == null ? null : pw.toCharArray(),
                clientId != null ? clientId : defaultClientId(), group, prefix, url, db.user, db.password(), pool, batch);
        WebPart web = null;
        if (!noWeb) {
            if (webPort < 1 || webPort > 65535 || (webCert == null) != (webKey == null)) {
                System.err.println("roller-server run: --web-port must be 1..65535, and --web-cert and --web-key go together");
                return 2;
            }
            if (adminPasswordFile != null && !Files.isReadable(adminPasswordFile)) {
                System.err.println("roller-server run: cannot read --admin-password-file " + adminPasswordFile);
                return 2;
            }
            web = new WebPart(WebSettings.DEFAULT.withBind(webBind).withPort(webPort).withHttps(webCert, webKey), admin,
                    System.getenv("ROLLER_CLINIC_ADMIN_PASSWORD"), adminPasswordFile);
        }
        ClinicServer server = new ClinicServer(settings, web);
        Thread stopper = new Thread(server::close, "stop");
        Runtime.getRuntime().addShutdownHook(stopper);
        try {
            server.start();
            server.awaitStop();
            return 0;
        } catch (StoreException.NotOurs | IllegalArgumentException e) {
            System.err.println("roller-server run: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("roller-server run: web UI not served: " + e.getMessage());
            return 1;
        }
    }

    private static String defaultClientId() {
        try {
            return "roller-server-" + InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9_.-]", "_");
        } catch (UnknownHostException e) {
            return "roller-server-" + ProcessHandle.current().pid();
        }
    }
}
