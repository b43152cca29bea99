package org.rollerhub.hub.history;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rollerhub.hub.delivery.Publisher;
import org.rollerhub.hub.mqtt.homeassistant.HomeAssistantDiscovery;
import org.rollerhub.hub.mqtt.homeassistant.PersonProgressDiscovery;
import org.rollerhub.store.Person;
import org.rollerhub.store.SessionStore;
import org.rollerhub.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes each person's progress in brief ({@link ProgressJson#brief}: sessions this week,
 * streak, adherence, last session) retained on {@code <prefix>/person/<personId>/progress} when it
 * changes, with Home Assistant discovery for it when discovery is on. Thread-safe.
 */
public final class ProgressPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressPublisher.class);

    private final Publisher publisher;
    private final String topicPrefix;
    private final PersonProgressDiscovery discovery; // null: discovery off
    private final Clock clock;
    private final Map<String, String> published = new ConcurrentHashMap<>();

    /**
     * @param topicPrefix the hub's topic prefix
     * @param discovery Home Assistant discovery for people, or null
     */
    public ProgressPublisher(Publisher publisher, String topicPrefix, PersonProgressDiscovery discovery, Clock clock) {
        this.publisher = publisher;
        this.topicPrefix = topicPrefix;
        this.discovery = discovery;
        this.clock = clock;
    }

    /** The topic of a person's progress. */
    public String topic(String personId) {
        return topicPrefix + "/person/" + personId + "/progress";
    }

    /** Everyone's progress (and discovery): at start-up. */
    public void publishAll(SessionStore store) {
        for (Person p : store.people()) {
            publish(store, p);
        }
    }

    /** One person's progress, if it changed since last published. Failures are logged. */
    public void publish(SessionStore store, String personId) {
        store.person(personId).ifPresent(p -> publish(store, p));
    }

    private void publish(SessionStore store, Person p) {
        try {
            String json = ProgressJson.brief(PersonProgress.of(store, p, LocalDate.now(clock.withZone(p.zone())), 1));
            String before = published.put(p.personId(), json);
            if (before == null && discovery != null) {
                for (HomeAssistantDiscovery.Message m : discovery.messagesFor(p.personId(), p.displayName(),
                        topic(p.personId()))) {
                    publisher.publishRetained(m.topic(), m.payload());
                }
            }
            if (!json.equals(before)) {
                publisher.publishRetained(topic(p.personId()), json);
            }
        } catch (StoreException e) {
            LOG.error("Progress of {} not published: {}", p.personId(), e.getMessage());
        }
    }
}
