package org.rollerhub.hub.config;

/**
 * A configuration value as text, with where it came from for messages.
 *
 * @param text the value as written
 * @param source where it was written: {@code option --broker}, {@code environment variable ROLLER_BROKER},
 *     {@code 'broker' in config file hub.yaml}
 */
record SourcedValue(String text, String source) {
}
