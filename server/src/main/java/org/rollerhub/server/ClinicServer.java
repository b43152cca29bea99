package org.rollerhub.server;

import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.rollerhub.server.db.Database;
import org.rollerhub.server.ingest.BrokerLink;
import org.rollerhub.server.ingest.Inbound;
import org.rollerhub.server.ingest.IngestLoop;
import org.rollerhub.server.ingest.Topics;
import org.rollerhub.store.JdbcSessionStore;
import org.rollerhub.store.StoreException;
import org.rollerhub.store.clinic.ClinicStore;
import org.rollerhub.web.ClinicWebServer;
import org.rollerhub.web.clinic.ClinicAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One server instance: opens the database (waiting for it if it is away), connects to the broker
 * with its shared subscriptions, and runs the ingest loop until {@link #close}. Wired by hand:
 * the database, the broker link and the loop know nothing of each other.
 */
public final class ClinicServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClinicServer.class);
    /** Messages received and not yet filed, at most; past that the broker waits. */
    static final int QUEUE_CAPACITY = 2_000;

    private final ServerSettings settings;
    private final WebPart web;
    private final Database database;
    private ClinicWebServer webServer;
    private BrokerLink link;
    private IngestLoop loop;
    private Thread loopThread;
    private JdbcSessionStore store;

    /** An instance that ingests only, with no web UI. */
    public ClinicServer(ServerSettings settings) {
        this(settings, null);
    }

    /** @param web the physio web UI to serve once the database is open, or null for none */
    public ClinicServer(ServerSettings settings, WebPart web) {
        this.settings = settings;
        this.web = web;
        this.database = new Database(settings.dbUrl(), settings.dbUser(), settings.dbPassword(), settings.poolSize());
    }

    /**
     * Opens the database, waiting for it with a backoff if it is away, then connects to the
     * broker and starts ingesting. Returns once subscribed.
     *
     * @throws StoreException.NotOurs if the database is not ours (nothing is written to it)
     * @throws IOException if the web UI's port cannot be bound, its certificate or the admin's
     *     password file not read (nothing is left running then)
     */
    public void start() throws InterruptedException, MqttException, IOException {
        store = openWaiting();
        if (web != null) {
            startWeb();
        }
        Topics topics = new Topics(settings.group(), settings.prefix());
        BlockingQueue<Inbound> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
        link = new BrokerLink(settings.brokerUrl(), settings.clientId(), settings.brokerUser(),
                settings.brokerPassword(), topics, queue);
        loop = new IngestLoop(queue, store.intake(), database.name(), topics, link::ack, settings.maxBatch(),
                Clock.systemUTC());
        loopThread = new Thread(loop, "ingest");
        loopThread.start();
        link.connect(2_000);
        LOG.info("Ingesting into {} from {} (group {}, client id {})", database.name(), settings.brokerUrl(),
                settings.group(), settings.clientId());
    }

    private void startWeb() throws IOException {
        ClinicStore clinic = ClinicStore.on(store);
        try {
            ClinicAccounts.ensureAdmin(clinic, web.admin(), web.adminPassword(), web.adminPasswordFile(), Clock.systemUTC());
            webServer = ClinicWebServer.start(store, clinic, web.settings(), Clock.systemUTC());
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
        LOG.info("Clinic web UI at {}", webServer.localUrl());
    }

    private JdbcSessionStore openWaiting() throws InterruptedException {
        long waitMs = 500;
        boolean said = false;
        while (true) {
            try {
                JdbcSessionStore s = database.open();
                if (said) {
                    LOG.info("Database {} reachable: starting", database.name());
                }
                return s;
            } catch (StoreException.NotOurs e) {
                throw e;
            } catch (StoreException e) {
                if (!said) {
                    LOG.warn("Database {} unreachable at start ({}): trying again every {} s at most", database.name(),
                            Database.why(e), 10);
                    said = true;
                }
                Thread.sleep(waitMs);
                waitMs = Math.min(10_000, waitMs * 2);
            }
        }
    }

    /** Blocks until the ingest loop ends (on {@link #close}, from another thread). */
    public void awaitStop() throws InterruptedException {
        if (loopThread != null) {
            loopThread.join();
        }
    }

    /**
     * Stops: the batch in hand is finished (acknowledged only if committed), the broker
     * connection closed (the session keeps what was not acknowledged), the pool closed.
     */
    @Override
    public void close() {
        if (webServer != null) {
            webServer.close();
        }
        if (loop != null) {
            loop.stop();
            try {
                loopThread.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (link != null) {
            link.close();
        }
        if (store != null) {
            store.close();
        }
        database.close();
    }
}
